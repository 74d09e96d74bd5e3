package dev.spindle.lessons.gil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lessons.timeline.Span;
import dev.spindle.lessons.timeline.SpanKind;
import dev.spindle.lessons.timeline.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GilTimelineTest {

    @Test
    void turnsTheLogIntoHoldWaitAndIoSpans() {
        GilRun run = new GilSimulator(SwitchRule.switchInterval(), 1)
                .run(SimThread.cpuBound("A", 7_000), SimThread.of("B", Op.io(1_000), Op.cpu(500)));

        Timeline timeline = run.toTimeline();

        assertThat(timeline.spansOf("B")).containsExactly(
                new Span("B", SpanKind.BLOCKED_IO, 0, 1_000),
                new Span("B", SpanKind.WAITING_GIL, 1_000, 6_000),
                new Span("B", SpanKind.HOLDING_GIL, 6_000, 6_500, "FINISHED"));
        assertThat(timeline.spansOf("A")).containsExactly(
                new Span("A", SpanKind.HOLDING_GIL, 0, 6_000, "DROP_REQUEST"),
                new Span("A", SpanKind.WAITING_GIL, 6_000, 6_500),
                new Span("A", SpanKind.HOLDING_GIL, 6_500, 7_500, "FINISHED"));
    }

    @Test
    void writesSampleGanttCharts() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "chart-samples"));
        GilRun convoy = new GilSimulator(SwitchRule.switchInterval(), 1)
                .run(SimThread.cpuBound("cpu", 30_000), SimThread.ioBound("io", 4, 1_000, 300));
        GilRun thrash = new GilSimulator(SwitchRule.checkInterval(), 2)
                .run(SimThread.cpuBound("cpu", 30_000), SimThread.ioBound("io", 4, 1_000, 300));

        Path a = convoy.toTimeline().toChart().savePng(dir.resolve("gil-new-convoy.png"));
        Path b = thrash.toTimeline().toChart().savePng(dir.resolve("gil-old-multicore.png"));

        assertThat(Files.size(a)).isGreaterThan(1_000);
        assertThat(Files.size(b)).isGreaterThan(1_000);
    }
}
