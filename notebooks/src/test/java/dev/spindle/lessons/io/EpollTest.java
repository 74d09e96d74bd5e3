package dev.spindle.lessons.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spindle.lessons.chart.LineChart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpollTest {

    private final SimKernel kernel = new SimKernel();
    private final Epoll epoll = new Epoll(kernel);

    @Test
    void levelTriggeredReportsUntilTheBufferIsEmpty() {
        int fd = kernel.open();
        epoll.add(fd, TriggerMode.LEVEL);
        kernel.deliver(fd, "0123456789");

        StringBuilder got = new StringBuilder();
        int wakeups = 0;
        while (!epoll.await().isEmpty()) {
            wakeups++;
            got.append(new String(kernel.read(fd, 1), StandardCharsets.UTF_8));
        }
        assertThat(wakeups).isEqualTo(10);
        assertThat(got).hasToString("0123456789");
        assertThat(kernel.read(fd, 1)).isEmpty();
    }

    @Test
    void edgeTriggeredReportsOncePerArrivalEvenWithDataLeft() {
        int fd = kernel.open();
        epoll.add(fd, TriggerMode.EDGE);
        kernel.deliver(fd, "0123456789");

        assertThat(epoll.await()).containsExactly(fd);
        kernel.read(fd, 1);
        assertThat(epoll.await()).isEmpty();
        assertThat(kernel.available(fd)).isEqualTo(9);

        kernel.deliver(fd, "more");
        assertThat(epoll.await()).containsExactly(fd);
        assertThat(epoll.await()).isEmpty();
    }

    @Test
    void oneShotReportsOnceUntilRearmed() {
        int fd = kernel.open();
        epoll.add(fd, TriggerMode.ONESHOT);
        kernel.deliver(fd, "ab");

        assertThat(epoll.await()).containsExactly(fd);
        kernel.deliver(fd, "cd");
        assertThat(epoll.await()).isEmpty();
        epoll.rearm(fd);
        assertThat(epoll.await()).containsExactly(fd);
    }

    @Test
    void aNonDrainingReaderStallsUnderEdgeTriggering() {
        ReadOutcome et = ReadScenario.run(TriggerMode.EDGE, ReadStrategy.ONE_READ_PER_EVENT, 100_000, 4_096);

        assertThat(et.stalled()).isTrue();
        assertThat(et.wakeups()).isEqualTo(1);
        assertThat(et.bytesRead()).isEqualTo(4_096);
        assertThat(et.leftUnread()).isEqualTo(100_000 - 4_096);
    }

    @Test
    void levelTriggeringKeepsWakingTheSameReader() {
        ReadOutcome lt = ReadScenario.run(TriggerMode.LEVEL, ReadStrategy.ONE_READ_PER_EVENT, 100_000, 4_096);

        assertThat(lt.stalled()).isFalse();
        assertThat(lt.wakeups()).isEqualTo(25);
        assertThat(lt.bytesRead()).isEqualTo(100_000);
    }

    @Test
    void drainingUntilEagainWorksUnderEveryMode() {
        for (TriggerMode mode : TriggerMode.values()) {
            ReadOutcome outcome = ReadScenario.run(mode, ReadStrategy.DRAIN_UNTIL_EAGAIN, 100_000, 4_096);

            assertThat(outcome.stalled()).as(mode.name()).isFalse();
            assertThat(outcome.wakeups()).as(mode.name()).isEqualTo(1);
            assertThat(outcome.reads()).as(mode.name()).isEqualTo(26);
        }
    }

    @Test
    void selectAndPollScanEveryDescriptorWhileEpollLooksOnlyAtTheReadyOnes() {
        MultiplexCost.Row row = MultiplexCost.measure(1_000, 5);

        assertThat(row.select()).isEqualTo(1_000 + 3);
        assertThat(row.poll()).isEqualTo(1_000);
        assertThat(row.epoll()).isEqualTo(5);
    }

    @Test
    void selectRefusesDescriptorsAtOrAboveFdSetSize() {
        SelectScan select = new SelectScan(kernel);
        assertThatThrownBy(() -> select.register(1_024)).hasMessageContaining("out of range");
        assertThat(MultiplexCost.measure(2_000, 5).select()).isEqualTo(-1);
        assertThat(MultiplexCost.measure(2_000, 5).poll()).isEqualTo(2_000);
    }

    @Test
    void costTableBecomesALineChartWithoutTheUnsupportedPoints() throws Exception {
        List<MultiplexCost.Row> rows = MultiplexCost.table(List.of(10, 100, 1_000, 2_000), 5);
        LineChart chart = MultiplexCost.chart(rows);

        assertThat(chart.series()).extracting(LineChart.Series::name).containsExactly("select", "poll", "epoll");
        assertThat(chart.series().getFirst().points()).hasSize(3);
        assertThat(chart.series().get(2).points()).allSatisfy(p -> assertThat(p.y()).isEqualTo(5));
        Path dir = Files.createDirectories(Path.of("target", "chart-samples"));
        assertThat(chart.savePng(dir.resolve("multiplex-cost.png"))).exists();
    }
}
