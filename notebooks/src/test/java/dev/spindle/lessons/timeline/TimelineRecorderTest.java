package dev.spindle.lessons.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lessons.chart.GanttChart;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimelineRecorderTest {

    private final AtomicLong clock = new AtomicLong();
    private final TimelineRecorder recorder = TimelineRecorder.virtual(clock::get, "ms");

    @Test
    void recordsSpansOnAVirtualClock() {
        TimelineRecorder.OpenSpan running = recorder.begin("worker", SpanKind.RUNNING);
        clock.set(30);
        running.close();
        recorder.record("worker", SpanKind.WAITING_LOCK, 30, 45);
        recorder.record("main", SpanKind.SLEEPING, 0, 45);

        Timeline timeline = recorder.timeline("demo");
        assertThat(timeline.spans()).containsExactly(
                new Span("worker", SpanKind.RUNNING, 0, 30),
                new Span("main", SpanKind.SLEEPING, 0, 45),
                new Span("worker", SpanKind.WAITING_LOCK, 30, 45));
        assertThat(timeline.lanes()).containsExactly("worker", "main");
        assertThat(timeline.totals("worker")).isEqualTo(Map.of(SpanKind.RUNNING, 30L, SpanKind.WAITING_LOCK, 15L));
    }

    @Test
    void spanUsesTheCurrentThreadsNameAsLane() {
        String result = recorder.span(SpanKind.RUNNING, () -> {
            clock.addAndGet(5);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(recorder.timeline("t").spans())
                .containsExactly(new Span(Thread.currentThread().getName(), SpanKind.RUNNING, 0, 5));
    }

    @Test
    void recordsFromManyThreads() throws InterruptedException {
        TimelineRecorder real = TimelineRecorder.realTime();
        List<Thread> threads = List.of(
                Thread.ofVirtual().name("v1").start(() -> real.run(SpanKind.RUNNING, () -> { })),
                Thread.ofVirtual().name("v2").start(() -> real.run(SpanKind.RUNNING, () -> { })));
        for (Thread t : threads) t.join();

        assertThat(real.timeline("real").lanes()).containsExactlyInAnyOrder("v1", "v2");
        assertThat(real.unit()).isEqualTo("µs");
    }

    @Test
    void becomesAGanttChartColouredByKind() {
        recorder.record("A", SpanKind.HOLDING_GIL, 0, 5);
        recorder.record("B", SpanKind.WAITING_GIL, 0, 5);

        GanttChart chart = recorder.timeline("gil").toChart();
        assertThat(chart.lanes()).containsExactly("A", "B");
        assertThat(chart.categories()).containsExactly(
                Map.entry("HOLDING_GIL", SpanKind.HOLDING_GIL.color()),
                Map.entry("WAITING_GIL", SpanKind.WAITING_GIL.color()));
        assertThat(chart.segments()).hasSize(2);
    }
}
