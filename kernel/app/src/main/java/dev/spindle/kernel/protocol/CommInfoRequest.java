package dev.spindle.kernel.protocol;

/** {@code comm_info_request}; a null {@code targetName} asks for every comm. */
public record CommInfoRequest(String targetName) implements Content {
}
