/**
 * Magics: {@code %line} and {@code %%cell} commands, run in the kernel JVM by
 * {@link dev.spindle.kernel.magic.MagicInterpreter}, a decorator around the engine's interpreter.
 *
 * <p>Every magic is listed once, in {@link dev.spindle.kernel.magic.MagicRegistry#standard()}; {@code %lsmagic},
 * {@code %help} and {@code kernel/MAGICS.md} ({@link dev.spindle.kernel.magic.MagicDocs}) are generated from it.
 * Magics that need the engine run small snippets through the normal execute path (calling
 * {@code dev.spindle.runtime.tools}) or a link request; magics that run other programs ({@code %%jvm},
 * {@code %grade}) start child processes that an interrupt kills with their whole tree.
 */
package dev.spindle.kernel.magic;
