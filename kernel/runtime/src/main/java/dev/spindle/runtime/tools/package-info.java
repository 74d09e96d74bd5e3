/**
 * Helpers that kernel magics call from generated cell code, inside the engine JVM: {@code ThreadDump}
 * ({@code %threads}), {@code Javap} ({@code %javap}), {@code MicroBench} ({@code %%bench}). Cells may call them too.
 */
package dev.spindle.runtime.tools;
