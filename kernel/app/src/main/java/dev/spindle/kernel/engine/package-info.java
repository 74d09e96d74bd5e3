/**
 * Runs in the engine JVM, never in the kernel: {@link dev.spindle.kernel.engine.EngineMain} serves link
 * requests with JShell (in-process execution, stop checks woven into snippet bytecode), routes output of
 * user threads to the cell that started them, asks the kernel for stdin, and stops user threads on interrupt.
 */
package dev.spindle.kernel.engine;
