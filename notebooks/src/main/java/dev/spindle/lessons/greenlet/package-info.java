/** greenlet-style coroutines: explicit {@code switchTo(value)} between named greenlets, parents on finish. */
package dev.spindle.lessons.greenlet;
