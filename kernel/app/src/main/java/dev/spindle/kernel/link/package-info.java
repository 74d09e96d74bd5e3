/**
 * The wire between the kernel JVM and the engine JVM: {@link dev.spindle.kernel.link.EngineRequest}s go to the
 * engine, {@link dev.spindle.kernel.link.EngineEvent}s come back, framed by
 * {@link dev.spindle.kernel.link.FramedChannel} (4-byte length + JSON) over a Unix domain socket.
 */
package dev.spindle.kernel.link;
