package dev.spindle.kernel.zmq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zeromq.ZMQ;

/** Multipart reads and writes on one JeroMQ socket; callers keep to the socket's own thread. */
final class Frames {

    private Frames() {
    }

    /** One whole multipart message, waiting at most {@code timeoutMillis} (0 = only if already there). */
    static Optional<List<byte[]>> receive(ZMQ.Socket socket, int timeoutMillis) {
        socket.setReceiveTimeOut(timeoutMillis);
        byte[] first = socket.recv(0);
        if (first == null) {
            return Optional.empty();
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return Optional.of(frames);
    }

    static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            boolean more = i < frames.size() - 1;
            socket.send(frames.get(i), more ? ZMQ.SNDMORE : 0);
        }
    }
}
