package dev.spindle.kernel.zmq;

import java.time.Duration;
import org.zeromq.ZMQ;

/** Echoes every heartbeat straight back, on a thread of its own so a busy kernel still looks alive. */
final class Heartbeat implements AutoCloseable {

    private static final int POLL_MILLIS = 100;

    private final ZMQ.Socket socket;
    private final Thread thread;
    private volatile boolean running = true;

    Heartbeat(ZMQ.Socket socket) {
        this.socket = socket;
        this.thread = Thread.ofPlatform().name("spindle-heartbeat").daemon().unstarted(this::echo);
    }

    Heartbeat start() {
        thread.start();
        return this;
    }

    private void echo() {
        while (running) {
            Frames.receive(socket, POLL_MILLIS).ifPresent(frames -> Frames.send(socket, frames));
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofMillis(2L * POLL_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
