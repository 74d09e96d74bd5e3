package dev.spindle.lessons.greenlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HandOffGreenletTest extends GreenletContract {

    @Override
    GreenletRuntime newRuntime() {
        return GreenletRuntime.create();
    }

    @Test
    void exactlyOneGreenletRunsAtATime() {
        try (GreenletRuntime rt = newRuntime()) {
            int[] inside = {0};
            int[] maxInside = {0};
            Greenlet[] peers = new Greenlet[3];
            for (int i = 0; i < 3; i++) {
                int me = i;
                peers[i] = rt.spawn("g" + i, x -> {
                    for (int round = 0; round < 50; round++) {
                        inside[0]++;
                        maxInside[0] = Math.max(maxInside[0], inside[0]);
                        inside[0]--;
                        peers[(me + 1) % 3].switchTo();
                    }
                    return null;
                });
            }
            peers[0].switchTo();

            assertThat(maxInside[0]).isEqualTo(1);
            assertThat(rt.backend()).isEqualTo("thread hand-off");
        }
    }

    @Test
    void onlyTheRunningGreenletMaySwitch() throws InterruptedException {
        try (GreenletRuntime rt = newRuntime()) {
            Greenlet g = rt.spawn("g", x -> null);
            AtomicReference<Throwable> error = new AtomicReference<>();
            Thread stranger = Thread.ofPlatform().start(() -> {
                try {
                    g.switchTo();
                } catch (Throwable t) {
                    error.set(t);
                }
            });
            stranger.join();

            assertThat(error.get()).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> { throw error.get(); }).hasMessageContaining("only the running greenlet");
        }
    }

    @Test
    void bestFallsBackToHandOffWithoutTheExport() {
        if (!ContinuationRuntime.isAvailable()) {
            assertThat(GreenletRuntime.best().backend()).isEqualTo("thread hand-off");
        }
    }
}
