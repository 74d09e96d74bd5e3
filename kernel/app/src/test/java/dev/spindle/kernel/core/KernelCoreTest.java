package dev.spindle.kernel.core;

import static dev.spindle.kernel.core.KernelHarness.types;
import static dev.spindle.kernel.protocol.ClientSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.CommInfoRequest;
import dev.spindle.kernel.protocol.CommMsg;
import dev.spindle.kernel.protocol.CommOpen;
import dev.spindle.kernel.protocol.CompleteRequest;
import dev.spindle.kernel.protocol.ExecuteRequest;
import dev.spindle.kernel.protocol.InputReply;
import dev.spindle.kernel.protocol.InspectRequest;
import dev.spindle.kernel.protocol.InterruptRequest;
import dev.spindle.kernel.protocol.IsCompleteRequest;
import dev.spindle.kernel.protocol.KernelInfoRequest;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.protocol.ShutdownRequest;
import dev.spindle.kernel.spi.CellOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelCoreTest {

    @TempDir
    Path historyDirectory;

    private KernelHarness kernel;

    @BeforeEach
    void startKernel() throws InterruptedException {
        kernel = new KernelHarness(historyDirectory);
        Message starting = kernel.next(Channel.IOPUB);
        assertThat(KernelHarness.isStatus(starting, "starting")).isTrue();
        assertThat(starting.parentHeader()).isNull();
    }

    @AfterEach
    void stopKernel() throws InterruptedException {
        kernel.close();
    }

    @Test
    void bracketsKernelInfoOnShellWithBusyAndIdle() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());

        Message reply = kernel.next(Channel.SHELL);
        List<Message> iopub = kernel.iopubThroughIdleOf(request);

        assertThat(reply.msgType()).isEqualTo("kernel_info_reply");
        assertThat(reply.parentHeader().msgId()).isEqualTo(request.header().msgId());
        assertThat(reply.identities()).containsExactly(kernel.client.identity());
        assertThat(types(iopub)).containsExactly("status:busy", "status:idle");
        assertThat(iopub).allSatisfy(m -> assertThat(m.parentHeader()).isEqualTo(request.header()));
    }

    @Test
    void answersKernelInfoOnControlWithTheSpindleDescription() throws InterruptedException {
        Message request = kernel.send(Channel.CONTROL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());

        Map<String, Object> reply = fields(kernel.next(Channel.CONTROL));

        assertThat(types(kernel.iopubThroughIdleOf(request))).containsExactly("status:busy", "status:idle");
        assertThat(reply).containsEntry("status", "ok").containsEntry("protocol_version", "5.3")
                .containsEntry("implementation", "spindle").containsEntry("implementation_version", "1.2.3")
                .containsEntry("banner", "scripted");
        assertThat(reply.get("language_info")).isEqualTo(Map.of("name", "java", "version", "25-test",
                "mimetype", "text/x-java", "file_extension", ".java", "pygments_lexer", "java",
                "codemirror_mode", "java", "nbconvert_exporter", "script"));
        assertThat(reply.get("help_links").toString())
                .contains("https://docs.oracle.com/en/java/javase/25/docs/api/", "https://example.org/readme");
    }

    @Test
    void usesOneSessionIdAndVersion53InEveryHeader() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());

        Message reply = kernel.next(Channel.SHELL);
        List<Message> iopub = kernel.iopubThroughIdleOf(request);

        assertThat(iopub).extracting(m -> m.header().session()).containsOnly(reply.header().session());
        assertThat(iopub).extracting(m -> m.header().version()).containsOnly("5.3");
        assertThat(iopub).extracting(m -> m.header().msgId()).doesNotHaveDuplicates()
                .doesNotContain(reply.header().msgId());
    }

    @Test
    void publishesInputResultAndIdleAfterTheExecuteReplyWithOneExecutionCount() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("6 * 7"));

        Map<String, Object> reply = fields(kernel.next(Channel.SHELL));
        List<Message> iopub = kernel.iopubThroughIdleOf(request);

        assertThat(reply).containsEntry("status", "ok").containsEntry("execution_count", 1);
        assertThat(types(iopub)).containsExactly("status:busy", "execute_input", "execute_result", "status:idle");
        assertThat(fields(iopub.get(1))).isEqualTo(Map.of("code", "6 * 7", "execution_count", 1));
        assertThat(fields(iopub.get(2))).containsEntry("execution_count", 1)
                .containsEntry("data", Map.of("text/plain", "6 * 7"));
    }

    @Test
    void advancesTheExecutionCountOnlyForCellsThatStoreHistory() throws InterruptedException {
        assertThat(executeCount(ExecuteRequest.of("a"))).isEqualTo(1);
        assertThat(executeCount(new ExecuteRequest("b", false, false, null, null, null))).isEqualTo(1);
        assertThat(executeCount(new ExecuteRequest("c", true, true, null, null, null))).isEqualTo(1);
        assertThat(executeCount(ExecuteRequest.of("fail"))).isEqualTo(2);
        assertThat(executeCount(ExecuteRequest.of("d"))).isEqualTo(3);

        assertThat(kernel.interpreter.executed).extracting(o -> o.executionCount()).containsExactly(1, 1, 1, 2, 3);
        assertThat(kernel.interpreter.executed.get(2).storeHistory()).isFalse();
    }

    @Test
    void broadcastsNothingButStatusForASilentCell() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST,
                new ExecuteRequest("print:hidden", true, null, null, null, null));

        kernel.next(Channel.SHELL);

        assertThat(types(kernel.iopubThroughIdleOf(request))).containsExactly("status:busy", "status:idle");
    }

    @Test
    void publishesOneStreamMessagePerWrite() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST,
                ExecuteRequest.of("print:hello, world\n"));

        kernel.next(Channel.SHELL);
        List<Message> iopub = kernel.iopubThroughIdleOf(request);

        assertThat(types(iopub)).containsExactly("status:busy", "execute_input", "stream", "status:idle");
        assertThat(fields(iopub.get(2))).isEqualTo(Map.of("name", "stdout", "text", "hello, world\n"));
    }

    @Test
    void publishesExactlyOneErrorAndRepliesWithTheSameFields() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("fail"));

        Map<String, Object> reply = fields(kernel.next(Channel.SHELL));
        List<Message> iopub = kernel.iopubThroughIdleOf(request);

        assertThat(types(iopub)).containsExactly("status:busy", "execute_input", "error", "status:idle");
        assertThat(reply).containsEntry("status", "error").containsEntry("execution_count", 1)
                .containsEntry("ename", "java.lang.IllegalStateException").containsEntry("evalue", "boom");
        assertThat(fields(iopub.get(2))).isEqualTo(Map.of("ename", "java.lang.IllegalStateException",
                "evalue", "boom", "traceback", List.of("java.lang.IllegalStateException: boom", "\tat line 1")));
    }

    @Test
    void abortsOnlyTheRequestsQueuedBeforeAFailedCellFinished() throws InterruptedException {
        Message blocking = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("block"));
        assertThat(kernel.interpreter.blocking.await(5, TimeUnit.SECONDS)).isTrue();
        Message failing = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("fail"));
        Message queued1 = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("q1"));
        Message queued2 = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("q2"));
        kernel.interpreter.release();

        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "ok");
        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "error");
        Message aborted1 = kernel.next(Channel.SHELL);
        Message aborted2 = kernel.next(Channel.SHELL);
        kernel.iopubThroughIdleOf(blocking);
        kernel.iopubThroughIdleOf(failing);
        assertThat(types(kernel.iopubThroughIdleOf(queued1))).containsExactly("status:busy", "status:idle");
        assertThat(types(kernel.iopubThroughIdleOf(queued2))).containsExactly("status:busy", "status:idle");
        Message later = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("later"));
        Map<String, Object> laterReply = fields(kernel.next(Channel.SHELL));

        assertThat(fields(aborted1)).isEqualTo(Map.of("status", "aborted"));
        assertThat(aborted1.parentHeader().msgId()).isEqualTo(queued1.header().msgId());
        assertThat(fields(aborted2)).isEqualTo(Map.of("status", "aborted"));
        assertThat(aborted2.parentHeader().msgId()).isEqualTo(queued2.header().msgId());
        assertThat(laterReply).containsEntry("status", "ok").containsEntry("execution_count", 3);
        assertThat(kernel.interpreter.executed).extracting(o -> o.code()).containsExactly("block", "fail", "later");
        assertThat(later).isNotNull();
    }

    @Test
    void runsQueuedRequestsWhenStopOnErrorIsOff() throws InterruptedException {
        kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("block"));
        assertThat(kernel.interpreter.blocking.await(5, TimeUnit.SECONDS)).isTrue();
        kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, new ExecuteRequest("fail", null, null, null, null,
                false));
        kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("next"));
        kernel.interpreter.release();

        kernel.next(Channel.SHELL);
        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "error");
        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "ok");
    }

    @Test
    void asksForInputOnStdinWithTheIdentityOfTheExecuteRequest() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("input:Name? "));

        Message inputRequest = kernel.next(Channel.STDIN);
        assertThat(inputRequest.msgType()).isEqualTo("input_request");
        assertThat(inputRequest.identities()).containsExactly(kernel.client.identity());
        assertThat(inputRequest.parentHeader()).isEqualTo(request.header());
        assertThat(fields(inputRequest)).isEqualTo(Map.of("prompt", "Name? ", "password", true));
        Message answer = kernel.client.request(MessageType.INPUT_REPLY.wireName(), new InputReply("Ada"),
                inputRequest.header());
        kernel.transport.deliver(Channel.STDIN, kernel.client.frames(answer));

        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "ok");
        List<Message> iopub = kernel.iopubThroughIdleOf(request);
        assertThat(fields(iopub.get(2))).containsEntry("data", Map.of("text/plain", "Ada"));
    }

    @Test
    void failsInputFastWhenTheClientDoesNotAllowStdin() throws InterruptedException {
        kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST,
                new ExecuteRequest("input:Name? ", null, null, null, false, null));

        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("ename", "InputUnavailable");
        assertThat(kernel.nextNow(Channel.STDIN)).isEmpty();
    }

    @Test
    void interruptOnControlInterruptsTheInterpreterAndFailsPendingInput() throws InterruptedException {
        kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("input:Name? "));
        kernel.next(Channel.STDIN);

        Message interrupt = kernel.send(Channel.CONTROL, MessageType.INTERRUPT_REQUEST, new InterruptRequest());

        assertThat(fields(kernel.next(Channel.CONTROL))).isEqualTo(Map.of("status", "ok"));
        assertThat(kernel.interpreter.interrupts.get()).isEqualTo(1);
        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "error")
                .containsEntry("evalue", "the cell was interrupted");
        assertThat(interrupt).isNotNull();
    }

    @Test
    void anInterruptThatOvertakesACellItsKernelHasReceivedTellsTheInterpreterNotToStartIt() throws InterruptedException {
        Message execute = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("taken-late"));
        while (!kernel.next(Channel.IOPUB).msgType().equals("execute_input")) {
            // busy: the request was received
        }

        kernel.send(Channel.CONTROL, MessageType.INTERRUPT_REQUEST, new InterruptRequest());

        assertThat(fields(kernel.next(Channel.CONTROL))).isEqualTo(Map.of("status", "ok"));
        Message reply = kernel.next(Channel.SHELL);
        assertThat(reply.parentHeader().msgId()).isEqualTo(execute.header().msgId());
        assertThat(kernel.iopubThroughIdleOf(execute)).anySatisfy(message -> assertThat(fields(message))
                .containsEntry("data", Map.of("text/plain", "true")));
    }

    @Test
    void anInterruptBeforeACellWasReceivedDoesNotConcernIt() throws InterruptedException {
        kernel.send(Channel.CONTROL, MessageType.INTERRUPT_REQUEST, new InterruptRequest());
        assertThat(fields(kernel.next(Channel.CONTROL))).isEqualTo(Map.of("status", "ok"));

        Message execute = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("interrupted?"));

        assertThat(fields(kernel.next(Channel.SHELL))).containsEntry("status", "ok");
        assertThat(kernel.iopubThroughIdleOf(execute)).anySatisfy(message -> assertThat(fields(message))
                .containsEntry("data", Map.of("text/plain", "false")));
    }

    @Test
    void anInterruptWhileTheInterpreterStartsCancelsTheCellWaitingForIt(@TempDir Path otherHistory) throws InterruptedException {
        var gate = new CountDownLatch(1);
        try (KernelHarness starting = new KernelHarness(otherHistory, gate)) {
            Message execute = starting.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("spin"));
            // execute_input is published after the request took note of the interrupts so far
            while (!starting.next(Channel.IOPUB).msgType().equals("execute_input")) {
                // starting, busy
            }

            starting.send(Channel.CONTROL, MessageType.INTERRUPT_REQUEST, new InterruptRequest());
            assertThat(fields(starting.next(Channel.CONTROL))).isEqualTo(Map.of("status", "ok"));
            gate.countDown();

            Message reply = starting.next(Channel.SHELL);
            assertThat(reply.parentHeader().msgId()).isEqualTo(execute.header().msgId());
            assertThat(fields(reply)).containsEntry("status", "error").containsEntry("ename", "Interrupted")
                    .containsEntry("evalue", "the cell was interrupted before it started");
            assertThat(starting.interpreter.executed).isEmpty();
            assertThat(starting.interpreter.interrupts.get()).isZero();
        }
    }

    @Test
    void servesControlWhileACellRunsOnShell() throws InterruptedException {
        kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("block"));
        assertThat(kernel.interpreter.blocking.await(5, TimeUnit.SECONDS)).isTrue();

        kernel.send(Channel.CONTROL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());

        assertThat(kernel.next(Channel.CONTROL).msgType()).isEqualTo("kernel_info_reply");
        kernel.interpreter.release();
        assertThat(kernel.next(Channel.SHELL).msgType()).isEqualTo("execute_reply");
    }

    @Test
    void answersShutdownOnControlEchoingRestartThenSignalsTheApp() throws Exception {
        Message request = kernel.send(Channel.CONTROL, MessageType.SHUTDOWN_REQUEST, new ShutdownRequest(true));

        Message reply = kernel.next(Channel.CONTROL);
        assertThat(types(kernel.iopubThroughIdleOf(request))).containsExactly("status:busy", "status:idle");

        assertThat(fields(reply)).isEqualTo(Map.of("status", "ok", "restart", true));
        assertThat(kernel.core.shutdownRequested().get(5, TimeUnit.SECONDS).restart()).isTrue();
    }

    @Test
    void answersShutdownOnShellForOlderClients() throws Exception {
        kernel.send(Channel.SHELL, MessageType.SHUTDOWN_REQUEST, new ShutdownRequest(false));

        assertThat(fields(kernel.next(Channel.SHELL))).isEqualTo(Map.of("status", "ok", "restart", false));
        assertThat(kernel.core.shutdownRequested().get(5, TimeUnit.SECONDS).restart()).isFalse();
    }

    @Test
    void answersCompleteInspectAndIsCompleteFromTheInterpreter() throws InterruptedException {
        kernel.send(Channel.SHELL, MessageType.COMPLETE_REQUEST, new CompleteRequest("\uD83D\uDE00 pr", null));
        Map<String, Object> complete = fields(kernel.next(Channel.SHELL));
        kernel.send(Channel.SHELL, MessageType.INSPECT_REQUEST, new InspectRequest("String", 3, 0));
        Map<String, Object> inspect = fields(kernel.next(Channel.SHELL));
        kernel.send(Channel.SHELL, MessageType.IS_COMPLETE_REQUEST, new IsCompleteRequest("for (;;) {"));
        Map<String, Object> incomplete = fields(kernel.next(Channel.SHELL));
        kernel.send(Channel.SHELL, MessageType.IS_COMPLETE_REQUEST, new IsCompleteRequest("x;"));
        Map<String, Object> whole = fields(kernel.next(Channel.SHELL));

        assertThat(complete).isEqualTo(Map.of("status", "ok", "matches", List.of("println"), "cursor_start", 2,
                "cursor_end", 4, "metadata", Map.of()));
        assertThat(inspect).isEqualTo(Map.of("status", "ok", "found", true,
                "data", Map.of("text/plain", "doc of String at 3"), "metadata", Map.of()));
        assertThat(incomplete).isEqualTo(Map.of("status", "incomplete", "indent", "    "));
        assertThat(whole).isEqualTo(Map.of("status", "complete"));
    }

    @Test
    void answersCommInfoWithNoComms() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.COMM_INFO_REQUEST, new CommInfoRequest(null));

        assertThat(fields(kernel.next(Channel.SHELL))).isEqualTo(Map.of("status", "ok", "comms", Map.of()));
        assertThat(types(kernel.iopubThroughIdleOf(request))).containsExactly("status:busy", "status:idle");
    }

    @Test
    void closesACommOpenedToAnUnknownTargetBetweenBusyAndIdle() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.COMM_OPEN,
                new CommOpen("comm-1", "jupyter.widget.version", Map.of()));

        List<Message> iopub = kernel.iopubThroughIdleOf(request);

        assertThat(types(iopub)).containsExactly("status:busy", "comm_close", "status:idle");
        assertThat(fields(iopub.get(1))).isEqualTo(Map.of("comm_id", "comm-1", "data", Map.of()));
        assertThat(kernel.nextNow(Channel.SHELL)).isEmpty();
    }

    @Test
    void ignoresMessagesToUnknownCommsButStillReportsBusyAndIdle() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.COMM_MSG, new CommMsg("nobody", Map.of("x", 1)));

        assertThat(types(kernel.iopubThroughIdleOf(request))).containsExactly("status:busy", "status:idle");
        assertThat(kernel.nextNow(Channel.SHELL)).isEmpty();
    }

    @Test
    void publishesOutputAfterTheReplyUnderTheCellsParent() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("keep"));
        kernel.next(Channel.SHELL);
        List<Message> during = kernel.iopubThroughIdleOf(request);

        kernel.interpreter.kept.get().stream(CellOutput.StreamName.STDERR, "late\n");
        Message late = kernel.next(Channel.IOPUB);

        assertThat(fields(during.get(2))).containsEntry("transient", Map.of("display_id", "display-1"));
        assertThat(late.msgType()).isEqualTo("stream");
        assertThat(late.parentHeader()).isEqualTo(request.header());
        assertThat(fields(late)).isEqualTo(Map.of("name", "stderr", "text", "late\n"));
    }

    private int executeCount(ExecuteRequest execute) throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, execute);
        Map<String, Object> reply = fields(kernel.next(Channel.SHELL));
        List<Message> iopub = kernel.iopubThroughIdleOf(request);
        int count = (Integer) reply.get("execution_count");
        iopub.stream().filter(m -> m.msgType().startsWith("execute_"))
                .forEach(m -> assertThat(fields(m)).containsEntry("execution_count", count));
        assertThat(iopub.stream().anyMatch(m -> m.msgType().equals("execute_input"))).isEqualTo(!execute.silent());
        return count;
    }

}
