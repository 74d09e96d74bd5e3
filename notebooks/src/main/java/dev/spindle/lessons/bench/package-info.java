/** Timing for lessons: warm-up, median with p10/p90, and an honest note about noise. */
package dev.spindle.lessons.bench;
