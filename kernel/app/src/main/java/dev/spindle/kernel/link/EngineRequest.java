package dev.spindle.kernel.link;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Map;

/** What the kernel JVM asks of the engine JVM. Requests that expect an answer carry a {@code requestId}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EngineRequest.Execute.class, name = "execute"),
        @JsonSubTypes.Type(value = EngineRequest.Complete.class, name = "complete"),
        @JsonSubTypes.Type(value = EngineRequest.Inspect.class, name = "inspect"),
        @JsonSubTypes.Type(value = EngineRequest.CheckCompleteness.class, name = "check_completeness"),
        @JsonSubTypes.Type(value = EngineRequest.Interrupt.class, name = "interrupt"),
        @JsonSubTypes.Type(value = EngineRequest.InputReply.class, name = "input_reply"),
        @JsonSubTypes.Type(value = EngineRequest.Shutdown.class, name = "shutdown"),
        @JsonSubTypes.Type(value = EngineRequest.AddClassPath.class, name = "add_class_path"),
})
public sealed interface EngineRequest {

    /** Runs a cell. {@code cellId} tags every output of the cell, including output written after it ends. */
    record Execute(long requestId, long cellId, String code, int executionCount, boolean silent,
                   boolean allowStdin, Map<String, String> userExpressions) implements EngineRequest {
    }

    /** {@code cursor} counts code points, as Jupyter does. */
    record Complete(long requestId, String code, int cursor) implements EngineRequest {
    }

    record Inspect(long requestId, String code, int cursor, int detailLevel) implements EngineRequest {
    }

    record CheckCompleteness(long requestId, String code) implements EngineRequest {
    }

    /** Stops the running cell and every user thread; answered by {@link EngineEvent.InterruptDone}. */
    record Interrupt(long requestId) implements EngineRequest {
    }

    /** The answer to {@link EngineEvent.InputWanted}: a line, or {@code error} when input is unavailable. */
    record InputReply(long inputId, String text, String error) implements EngineRequest {
    }

    record Shutdown() implements EngineRequest {
    }

    /** Adds jars or folders to the class path of later cells; answered by {@link EngineEvent.ClassPathAdded}. */
    record AddClassPath(long requestId, java.util.List<String> entries) implements EngineRequest {
    }
}
