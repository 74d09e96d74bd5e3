/**
 * Runs in the kernel JVM: {@link dev.spindle.kernel.bridge.EngineInterpreter} implements the interpreter SPI by
 * starting, supervising and restarting an engine JVM. Settings (class path extras, JVM options, AOT cache) are
 * described on {@link dev.spindle.kernel.bridge.EngineSettings}.
 */
package dev.spindle.kernel.bridge;
