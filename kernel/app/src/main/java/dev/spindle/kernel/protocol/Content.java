package dev.spindle.kernel.protocol;

/** The {@code content} dict of a message: one record per message type, {@link RawContent} for the rest. */
public sealed interface Content permits
        ExecuteRequest, ExecuteReply, CompleteRequest, CompleteReply, InspectRequest, InspectReply,
        IsCompleteRequest, IsCompleteReply, HistoryRequest, HistoryReply, CommInfoRequest, CommInfoReply,
        CommOpen, CommMsg, CommClose, KernelInfoRequest, KernelInfoReply, ShutdownRequest, ShutdownReply,
        InterruptRequest, InterruptReply, InputRequest, InputReply, ErrorReply,
        Stream, DisplayData, UpdateDisplayData, ExecuteInput, ExecuteResult, ErrorContent, Status, ClearOutput,
        RawContent {
}
