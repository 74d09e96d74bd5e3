/** Python generators in Java: lazy values, send/throw/close, and the four generator states. */
package dev.spindle.lessons.generator;
