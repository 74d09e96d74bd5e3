/** A small asyncio: event loop on a virtual clock, Future, Task, gather and sleep. */
package dev.spindle.lessons.loop;
