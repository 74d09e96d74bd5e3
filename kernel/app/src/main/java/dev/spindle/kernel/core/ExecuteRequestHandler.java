package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.ErrorContent;
import dev.spindle.kernel.protocol.ExecuteInput;
import dev.spindle.kernel.protocol.ExecuteReply;
import dev.spindle.kernel.protocol.ExecuteRequest;
import dev.spindle.kernel.protocol.ExecuteResult;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.InterruptCheck;
import dev.spindle.kernel.spi.Interpreter;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@code execute_request}: numbers the cell, announces it ({@code execute_input}), runs it, and turns
 * the outcome into {@code execute_result} or exactly one {@code error} plus the reply. Records the cell in the
 * history when it stores history.
 */
final class ExecuteRequestHandler {

    private static final System.Logger LOG = System.getLogger(ExecuteRequestHandler.class.getName());

    private final InterpreterHandle interpreter;
    private final ExecutionCounter counter;
    private final IopubPublisher iopub;
    private final MessageFactory messages;
    private final StdinBroker stdin;
    private final HistoryStore history;

    ExecuteRequestHandler(InterpreterHandle interpreter, ExecutionCounter counter, IopubPublisher iopub,
                          MessageFactory messages, StdinBroker stdin, HistoryStore history) {
        this.interpreter = interpreter;
        this.counter = counter;
        this.iopub = iopub;
        this.messages = messages;
        this.stdin = stdin;
        this.history = history;
    }

    /** {@code interrupted} fires if an interrupt came after the kernel received the request. */
    ExecuteReply handle(Message request, InterruptCheck interrupted) {
        ExecuteRequest execute = request.contentAs(ExecuteRequest.class);
        int count = counter.forCell(execute.storesHistory());
        if (!execute.silent()) {
            iopub.publish(request.header(), MessageType.EXECUTE_INPUT, new ExecuteInput(execute.code(), count));
        }
        BoundCellOutput output = new BoundCellOutput(request, execute.silent(), execute.allowStdin(), iopub,
                messages, stdin);
        ExecuteOutcome outcome = run(execute, count, output, interrupted);
        List<Map<String, Object>> payloads = output.finish();
        ExecuteReply reply = switch (outcome) {
            case ExecuteOutcome.Success success -> {
                if (success.result() != null && !execute.silent()) {
                    iopub.publish(request.header(), MessageType.EXECUTE_RESULT,
                            new ExecuteResult(count, success.result().data(), success.result().metadata()));
                }
                yield ExecuteReply.ok(count, success.userExpressions(), payloads);
            }
            case ExecuteOutcome.Failure failure -> {
                if (!execute.silent()) {
                    iopub.publish(request.header(), MessageType.ERROR,
                            new ErrorContent(failure.ename(), failure.evalue(), failure.traceback()));
                }
                yield ExecuteReply.error(count, failure.ename(), failure.evalue(), failure.traceback(),
                        failure.userExpressions());
            }
        };
        if (execute.storesHistory()) {
            record(count, execute.code(), outcome);
        }
        return reply;
    }

    private ExecuteOutcome run(ExecuteRequest execute, int count, BoundCellOutput output, InterruptCheck interrupted) {
        return switch (interpreter.await()) {
            case InterpreterHandle.Availability.Unavailable(String reason) ->
                    new ExecuteOutcome.Failure("EngineUnavailable", reason, List.of(reason), Map.of());
            case InterpreterHandle.Availability.Ready ignored
                    when interrupted.interruptedSinceReceived() -> interruptedBeforeStart();
            case InterpreterHandle.Availability.Ready(Interpreter ready) -> {
                ExecuteOptions options = new ExecuteOptions(execute.code(), count, execute.silent(),
                        execute.storesHistory(), execute.allowStdin(), execute.userExpressions(), interrupted);
                try {
                    yield ready.execute(options, output);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "the interpreter failed outside the cell", e);
                    yield new ExecuteOutcome.Failure(e.getClass().getName(), String.valueOf(e.getMessage()),
                            List.of(e.toString()), Map.of());
                }
            }
        };
    }

    /** The interrupt came before the interpreter took the cell (it may still have been starting): it never ran. */
    private static ExecuteOutcome interruptedBeforeStart() {
        String evalue = "the cell was interrupted before it started";
        return new ExecuteOutcome.Failure("Interrupted", evalue,
                List.of("\u001b[1;91mInterrupted\u001b[0m: " + evalue), Map.of());
    }

    private void record(int count, String code, ExecuteOutcome outcome) {
        String text = outcome instanceof ExecuteOutcome.Success success && success.result() != null
                && success.result().data().get("text/plain") instanceof String plain ? plain : null;
        try {
            history.append(count, code, text);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not record the cell in the history", e);
        }
    }
}
