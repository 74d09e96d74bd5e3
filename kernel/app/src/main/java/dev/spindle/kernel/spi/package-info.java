/**
 * The boundary between the protocol side of the kernel and the side that runs Java.
 *
 * <p>The protocol core calls an {@link dev.spindle.kernel.spi.Interpreter}; the interpreter writes what a
 * cell shows through a {@link dev.spindle.kernel.spi.CellOutput}. Nothing here knows about sockets, frames or
 * JShell.
 */
package dev.spindle.kernel.spi;
