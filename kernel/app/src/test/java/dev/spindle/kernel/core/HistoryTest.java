package dev.spindle.kernel.core;

import static dev.spindle.kernel.protocol.ClientSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.ExecuteRequest;
import dev.spindle.kernel.protocol.HistoryRequest;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History across two kernel "processes": two stores opened one after the other on the same directory. */
class HistoryTest {

    @TempDir
    Path directory;

    @Test
    void aNewSessionDropsTheOldestEntriesOnceTheFileIsTooLarge() {
        HistoryStore first = new HistoryStore(directory, 2_000);
        for (int line = 1; line <= 60; line++) {
            first.append(line, "int x" + line + " = " + line + ";", null);
        }
        assertThat(first.readAll()).hasSize(60);

        HistoryStore next = new HistoryStore(directory, 2_000);
        next.session();

        List<HistoryEntry> kept = next.readAll();
        assertThat(kept).hasSizeBetween(10, 59);
        assertThat(kept.getLast().input()).isEqualTo("int x60 = 60;");
        assertThat(kept.getFirst().line()).isEqualTo(60 - kept.size() + 1);
        assertThat(directory.resolve("history.jsonl")).satisfies(f -> assertThat(java.nio.file.Files.size(f)).isLessThanOrEqualTo(1_000));
    }

    @Test
    void givesEachKernelProcessAGreaterSessionNumber() {
        int first = new HistoryStore(directory).session();
        int second = new HistoryStore(directory).session();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void answersTailRangeAndSearchWithRealSessionNumbersAcrossProcesses() throws InterruptedException {
        int firstSession;
        try (KernelHarness first = new KernelHarness(directory)) {
            execute(first, "int a = 1");
            execute(first, "a + 1");
            firstSession = first.history.session();
        }
        try (KernelHarness second = new KernelHarness(directory)) {
            execute(second, "a + 1");
            execute(second, "String s");
            int secondSession = second.history.session();

            List<Object> tail = history(second, HistoryRequest.tail(3, false));
            List<Object> tailWithOutput = history(second, HistoryRequest.tail(1, true));
            List<Object> range = history(second, HistoryRequest.range(firstSession, 2, 3, false));
            List<Object> current = history(second, HistoryRequest.range(0, 1, 2, false));
            List<Object> search = history(second, HistoryRequest.search("a ?*", null, false));
            List<Object> unique = history(second, HistoryRequest.search("a ?*", null, true));
            List<Object> lastMatch = history(second, HistoryRequest.search("*", 1, false));

            assertThat(secondSession).isGreaterThan(firstSession);
            assertThat(tail).containsExactly(List.of(firstSession, 2, "a + 1"), List.of(secondSession, 1, "a + 1"),
                    List.of(secondSession, 2, "String s"));
            assertThat(tailWithOutput).containsExactly(List.of(secondSession, 2, List.of("String s", "String s")));
            assertThat(range).containsExactly(List.of(firstSession, 2, "a + 1"));
            assertThat(current).containsExactly(List.of(secondSession, 1, "a + 1"));
            assertThat(search).containsExactly(List.of(firstSession, 2, "a + 1"), List.of(secondSession, 1, "a + 1"));
            assertThat(unique).containsExactly(List.of(secondSession, 1, "a + 1"));
            assertThat(lastMatch).containsExactly(List.of(secondSession, 2, "String s"));
        }
    }

    @Test
    void leavesCellsThatDoNotStoreHistoryOutOfIt() throws InterruptedException {
        try (KernelHarness kernel = new KernelHarness(directory)) {
            kernel.next(Channel.IOPUB);
            kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST,
                    new ExecuteRequest("hidden", null, false, null, null, null));
            kernel.next(Channel.SHELL);

            assertThat(history(kernel, HistoryRequest.tail(10, false))).isEmpty();
        }
    }

    private static void execute(KernelHarness kernel, String code) throws InterruptedException {
        kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of(code));
        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "ok");
    }

    private static List<Object> history(KernelHarness kernel, HistoryRequest request) throws InterruptedException {
        Message sent = kernel.send(Channel.SHELL, MessageType.HISTORY_REQUEST, request);
        Message reply = kernel.next(Channel.SHELL);
        assertThat(reply.parentHeader().msgId()).isEqualTo(sent.header().msgId());
        Map<String, Object> content = fields(reply);
        assertThat(content).containsEntry("status", "ok");
        @SuppressWarnings("unchecked") List<Object> rows = (List<Object>) content.get("history");
        return rows;
    }
}
