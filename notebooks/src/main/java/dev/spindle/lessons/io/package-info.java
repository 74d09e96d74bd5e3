/** Readiness notification without sockets: level vs edge triggering, and what select, poll and epoll cost. */
package dev.spindle.lessons.io;
