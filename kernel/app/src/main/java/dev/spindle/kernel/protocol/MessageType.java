package dev.spindle.kernel.protocol;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every message type the kernel knows: its wire name, the channels it may arrive on or leave by, the reply it
 * calls for, and the record its content is decoded into when the kernel receives it.
 */
public enum MessageType {
    EXECUTE_REPLY("execute_reply", Set.of(Channel.SHELL), null, null),
    COMPLETE_REPLY("complete_reply", Set.of(Channel.SHELL), null, null),
    INSPECT_REPLY("inspect_reply", Set.of(Channel.SHELL), null, null),
    IS_COMPLETE_REPLY("is_complete_reply", Set.of(Channel.SHELL), null, null),
    HISTORY_REPLY("history_reply", Set.of(Channel.SHELL), null, null),
    COMM_INFO_REPLY("comm_info_reply", Set.of(Channel.SHELL), null, null),
    KERNEL_INFO_REPLY("kernel_info_reply", Set.of(Channel.SHELL, Channel.CONTROL), null, null),
    SHUTDOWN_REPLY("shutdown_reply", Set.of(Channel.SHELL, Channel.CONTROL), null, null),
    INTERRUPT_REPLY("interrupt_reply", Set.of(Channel.CONTROL), null, null),

    EXECUTE_REQUEST("execute_request", Set.of(Channel.SHELL), EXECUTE_REPLY, ExecuteRequest.class),
    COMPLETE_REQUEST("complete_request", Set.of(Channel.SHELL), COMPLETE_REPLY, CompleteRequest.class),
    INSPECT_REQUEST("inspect_request", Set.of(Channel.SHELL), INSPECT_REPLY, InspectRequest.class),
    IS_COMPLETE_REQUEST("is_complete_request", Set.of(Channel.SHELL), IS_COMPLETE_REPLY, IsCompleteRequest.class),
    HISTORY_REQUEST("history_request", Set.of(Channel.SHELL), HISTORY_REPLY, HistoryRequest.class),
    COMM_INFO_REQUEST("comm_info_request", Set.of(Channel.SHELL), COMM_INFO_REPLY, CommInfoRequest.class),
    KERNEL_INFO_REQUEST("kernel_info_request", Set.of(Channel.SHELL, Channel.CONTROL), KERNEL_INFO_REPLY,
            KernelInfoRequest.class),
    // Shell is deprecated for shutdown since 5.4 but older clients still use it.
    SHUTDOWN_REQUEST("shutdown_request", Set.of(Channel.CONTROL, Channel.SHELL), SHUTDOWN_REPLY,
            ShutdownRequest.class),
    INTERRUPT_REQUEST("interrupt_request", Set.of(Channel.CONTROL), INTERRUPT_REPLY, InterruptRequest.class),

    COMM_OPEN("comm_open", Set.of(Channel.SHELL, Channel.IOPUB), null, CommOpen.class),
    COMM_MSG("comm_msg", Set.of(Channel.SHELL, Channel.IOPUB), null, CommMsg.class),
    COMM_CLOSE("comm_close", Set.of(Channel.SHELL, Channel.IOPUB), null, CommClose.class),

    INPUT_REQUEST("input_request", Set.of(Channel.STDIN), null, null),
    INPUT_REPLY("input_reply", Set.of(Channel.STDIN), null, InputReply.class),

    STREAM("stream", Set.of(Channel.IOPUB), null, null),
    DISPLAY_DATA("display_data", Set.of(Channel.IOPUB), null, null),
    UPDATE_DISPLAY_DATA("update_display_data", Set.of(Channel.IOPUB), null, null),
    EXECUTE_INPUT("execute_input", Set.of(Channel.IOPUB), null, null),
    EXECUTE_RESULT("execute_result", Set.of(Channel.IOPUB), null, null),
    ERROR("error", Set.of(Channel.IOPUB), null, null),
    STATUS("status", Set.of(Channel.IOPUB), null, null),
    CLEAR_OUTPUT("clear_output", Set.of(Channel.IOPUB), null, null);

    private static final Map<String, MessageType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(MessageType::wireName, Function.identity()));

    private final String wireName;
    private final Set<Channel> channels;
    private final MessageType replyType;
    private final Class<? extends Content> inboundContent;

    MessageType(String wireName, Set<Channel> channels, MessageType replyType,
                Class<? extends Content> inboundContent) {
        this.wireName = wireName;
        this.channels = EnumSet.copyOf(channels);
        this.replyType = replyType;
        this.inboundContent = inboundContent;
    }

    public static Optional<MessageType> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    public String wireName() {
        return wireName;
    }

    public boolean belongsOn(Channel channel) {
        return channels.contains(channel);
    }

    public Optional<MessageType> replyType() {
        return Optional.ofNullable(replyType);
    }

    /** The record a kernel decodes this content into; empty for types the kernel only sends. */
    public Optional<Class<? extends Content>> inboundContent() {
        return Optional.ofNullable(inboundContent);
    }
}
