package dev.spindle.kernel.link;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.spindle.kernel.spi.Completeness;
import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.MimeBundle;

import java.util.List;
import java.util.Map;

/** What the engine JVM tells the kernel JVM: answers to requests and output of cells. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EngineEvent.Ready.class, name = "ready"),
        @JsonSubTypes.Type(value = EngineEvent.StreamText.class, name = "stream"),
        @JsonSubTypes.Type(value = EngineEvent.DisplayData.class, name = "display"),
        @JsonSubTypes.Type(value = EngineEvent.ClearOutput.class, name = "clear_output"),
        @JsonSubTypes.Type(value = EngineEvent.InputWanted.class, name = "input_wanted"),
        @JsonSubTypes.Type(value = EngineEvent.ExecuteSucceeded.class, name = "execute_succeeded"),
        @JsonSubTypes.Type(value = EngineEvent.ExecuteFailed.class, name = "execute_failed"),
        @JsonSubTypes.Type(value = EngineEvent.Completed.class, name = "completed"),
        @JsonSubTypes.Type(value = EngineEvent.Inspected.class, name = "inspected"),
        @JsonSubTypes.Type(value = EngineEvent.CompletenessChecked.class, name = "completeness_checked"),
        @JsonSubTypes.Type(value = EngineEvent.InterruptDone.class, name = "interrupt_done"),
        @JsonSubTypes.Type(value = EngineEvent.ClassPathAdded.class, name = "class_path_added"),
})
public sealed interface EngineEvent {

    /** Answers carry the id of the request they answer. */
    sealed interface Reply extends EngineEvent {
        long requestId();
    }

    /** The engine is warmed up and takes requests. */
    record Ready(String javaVersion, long pid) implements EngineEvent {
    }

    /** {@code stream} is {@code stdout} or {@code stderr}. */
    record StreamText(long cellId, String stream, String text) implements EngineEvent {
    }

    /** A {@code display_data}, or with {@code update} an {@code update_display_data}. */
    record DisplayData(long cellId, MimeBundle bundle, String displayId, boolean update) implements EngineEvent {
    }

    record ClearOutput(long cellId, boolean await) implements EngineEvent {
    }

    /** User code reads {@code System.in}; the kernel answers with {@link EngineRequest.InputReply}. */
    record InputWanted(long cellId, long inputId, String prompt, boolean password) implements EngineEvent {
    }

    record ExecuteSucceeded(long requestId, MimeBundle result, Map<String, Map<String, Object>> userExpressions)
            implements Reply {
    }

    record ExecuteFailed(long requestId, String ename, String evalue, List<String> traceback,
                         Map<String, Map<String, Object>> userExpressions) implements Reply {
    }

    record Completed(long requestId, Completion completion) implements Reply {
    }

    record Inspected(long requestId, Inspection inspection) implements Reply {
    }

    record CompletenessChecked(long requestId, Completeness completeness) implements Reply {
    }

    /** {@code stuckThreads} lists user threads that ignored the stop; the kernel then restarts the engine. */
    record InterruptDone(long requestId, List<String> stuckThreads) implements Reply {
    }

    /** {@code error} is null when every entry was added. */
    record ClassPathAdded(long requestId, String error) implements Reply {
    }
}
