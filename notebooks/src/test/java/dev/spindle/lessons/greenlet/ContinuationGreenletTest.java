package dev.spindle.lessons.greenlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs only in the surefire execution that adds {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}. */
@Tag("internal")
class ContinuationGreenletTest extends GreenletContract {

    @BeforeEach
    void requireExport() {
        assumeTrue(ContinuationRuntime.isAvailable(), "jdk.internal.vm is not exported to this test run");
    }

    @Override
    GreenletRuntime newRuntime() {
        return GreenletRuntime.best();
    }

    @Test
    void everythingRunsOnTheCallersThread() {
        try (GreenletRuntime rt = newRuntime()) {
            Greenlet g = rt.spawn("g", x -> Thread.currentThread());

            assertThat(rt.backend()).isEqualTo("continuation");
            assertThat(g.switchTo()).isSameAs(Thread.currentThread());
        }
    }
}
