package dev.spindle.lessons.io;

import dev.spindle.lessons.chart.LineChart;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Descriptor checks per wait for select, poll and epoll as the number of watched descriptors grows. */
public final class MultiplexCost {

    /** The cost of one wait with {@code watched} descriptors of which {@code ready} have data; -1 if unsupported. */
    public record Row(int watched, int ready, long select, long poll, long epoll) {}

    private MultiplexCost() {}

    public static Row measure(int watched, int ready) {
        return new Row(watched, ready,
                costOfOneWait(SelectScan::new, watched, ready),
                costOfOneWait(PollScan::new, watched, ready),
                costOfOneWait(Epoll::new, watched, ready));
    }

    public static List<Row> table(List<Integer> watchedCounts, int ready) {
        return watchedCounts.stream().map(n -> measure(n, Math.min(ready, n))).toList();
    }

    /** Ready descriptors are spread evenly, so select's scan covers them all. */
    private static long costOfOneWait(Function<SimKernel, Multiplexer> factory, int watched, int ready) {
        SimKernel kernel = new SimKernel();
        Multiplexer mux = factory.apply(kernel);
        int first = kernel.open(watched);
        try {
            for (int i = 0; i < watched; i++) mux.register(first + i);
        } catch (IllegalArgumentException beyondFdSetSize) {
            return -1;
        }
        for (int i = 0; i < ready; i++) kernel.deliver(first + (int) ((long) i * watched / ready), "x");
        List<Integer> reported = mux.await();
        if (reported.size() != ready) throw new IllegalStateException(mux.name() + " reported " + reported);
        return mux.operations();
    }

    public static LineChart chart(List<Row> rows) {
        List<LineChart.Series> series = List.of(
                series("select", rows, Row::select),
                series("poll", rows, Row::poll),
                series("epoll", rows, Row::epoll));
        int ready = rows.isEmpty() ? 0 : rows.getFirst().ready();
        return new LineChart("Cost of one wait with " + ready + " ready descriptors",
                "watched descriptors", "descriptor checks", series);
    }

    private static LineChart.Series series(String name, List<Row> rows, Function<Row, Long> cost) {
        List<LineChart.Point> points = new ArrayList<>();
        for (Row row : rows) {
            long c = cost.apply(row);
            if (c >= 0) points.add(new LineChart.Point(row.watched(), c));
        }
        return new LineChart.Series(name, points);
    }
}
