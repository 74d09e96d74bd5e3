/** Spans of what each thread was doing, recorded on a real or virtual clock, shown as a Gantt chart. */
package dev.spindle.lessons.timeline;
