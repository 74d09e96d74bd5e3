package dev.spindle.lessons.greenlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The behaviour every greenlet backend must have. */
@Timeout(10)
abstract class GreenletContract {

    abstract GreenletRuntime newRuntime();

    @Test
    void pingPongProducesTheInterleavedTrace() {
        try (GreenletRuntime rt = newRuntime()) {
            List<String> trace = new ArrayList<>();
            Greenlet[] b = new Greenlet[1];
            Greenlet a = rt.spawn("A", x -> {
                for (int i = 0; i < 3; i++) {
                    trace.add("A" + i);
                    b[0].switchTo();
                }
                return "A finished";
            });
            b[0] = rt.spawn("B", x -> {
                for (int i = 0; i < 3; i++) {
                    trace.add("B" + i);
                    a.switchTo();
                }
                return "B finished";
            });

            Object back = a.switchTo();

            assertThat(trace).containsExactly("A0", "B0", "A1", "B1", "A2", "B2");
            assertThat(back).isEqualTo("A finished");
            assertThat(a.isDead()).isTrue();
            assertThat(b[0].isDead()).isFalse();
            assertThat(rt.current()).isSameAs(rt.main());
        }
    }

    @Test
    void switchPassesValuesBothWays() {
        try (GreenletRuntime rt = newRuntime()) {
            Greenlet doubler = rt.spawn("doubler", first -> {
                Object got = first;
                while (!"stop".equals(got)) {
                    got = rt.main().switchTo((Integer) got * 2);
                }
                return "bye";
            });

            assertThat(doubler.switchTo(3)).isEqualTo(6);
            assertThat(doubler.switchTo(10)).isEqualTo(20);
            assertThat(doubler.switchTo("stop")).isEqualTo("bye");
            assertThat(doubler.isDead()).isTrue();
        }
    }

    @Test
    void aFinishedGreenletReturnsToItsParentNotToWhoeverSwitchedLast() {
        try (GreenletRuntime rt = newRuntime()) {
            List<String> trace = new ArrayList<>();
            Greenlet parent = rt.spawn("parent", x -> {
                Greenlet child = rt.spawn("child", y -> {
                    trace.add("child runs");
                    return "child result";
                });
                trace.add("parent got " + child.switchTo());
                return "parent done";
            });

            assertThat(parent.switchTo()).isEqualTo("parent done");
            assertThat(trace).containsExactly("child runs", "parent got child result");
        }
    }

    @Test
    void anExceptionInAGreenletIsRaisedInItsParent() {
        try (GreenletRuntime rt = newRuntime()) {
            Greenlet failing = rt.spawn("failing", x -> {
                throw new IllegalArgumentException("boom");
            });

            assertThatThrownBy(failing::switchTo).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
            assertThat(failing.isDead()).isTrue();
        }
    }

    @Test
    void switchingToADeadGreenletGoesToItsParent() {
        try (GreenletRuntime rt = newRuntime()) {
            Greenlet quick = rt.spawn("quick", x -> "done");
            quick.switchTo();

            assertThat(quick.switchTo("again")).isEqualTo("again");
        }
    }

    @Test
    void currentNamesTheRunningGreenlet() {
        try (GreenletRuntime rt = newRuntime()) {
            Greenlet g = rt.spawn("worker", x -> rt.current().name());

            assertThat(rt.current().name()).isEqualTo("main");
            assertThat(g.switchTo()).isEqualTo("worker");
            assertThat(g.parent()).isSameAs(rt.main());
        }
    }
}
