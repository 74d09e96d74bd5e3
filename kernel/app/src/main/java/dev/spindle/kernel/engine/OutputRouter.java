package dev.spindle.kernel.engine;

import dev.spindle.kernel.link.EngineEvent;

import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Collects what user threads write to {@code System.out}/{@code System.err}, per cell and stream, and sends
 * it in batches: every {@link #FLUSH_INTERVAL_NANOS} from a flusher thread, and at once when a cell ends or
 * shows a display. One lock orders every send, so a display never overtakes text printed before it.
 */
final class OutputRouter {

    static final long FLUSH_INTERVAL_NANOS = 50_000_000L;
    static final int PENDING_LIMIT = 64 * 1024;

    private final EventSink sink;
    private final Map<Long, PendingText[]> pending = new ConcurrentHashMap<>();
    private final Object sendLock = new Object();

    OutputRouter(EventSink sink) {
        this.sink = sink;
    }

    OutputStream stream(StreamKind kind) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] data, int offset, int length) {
                OutputRouter.this.write(CurrentCell.get().cellId(), kind, data, offset, length);
            }
        };
    }

    void write(long cellId, StreamKind kind, byte[] data, int offset, int length) {
        if (cellId == CellContext.NONE.cellId() || length == 0) {
            return;
        }
        pending.computeIfAbsent(cellId, id -> new PendingText[] {
                new PendingText(PENDING_LIMIT), new PendingText(PENDING_LIMIT)})[kind.ordinal()]
                .append(data, offset, length);
    }

    /** Sends everything the cell wrote so far. */
    void flush(long cellId) {
        synchronized (sendLock) {
            send(cellId, true);
        }
    }

    /** Sends {@code event} after everything its cell wrote before it. */
    void sendAfterOutput(long cellId, EngineEvent event) {
        synchronized (sendLock) {
            send(cellId, true);
            sink.send(event);
        }
    }

    void flushAll() {
        synchronized (sendLock) {
            for (Long cellId : pending.keySet()) {
                send(cellId, true);
            }
        }
    }

    Thread startFlusher() {
        Thread flusher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(FLUSH_INTERVAL_NANOS);
                synchronized (sendLock) {
                    for (Long cellId : pending.keySet()) {
                        send(cellId, false);
                    }
                }
            }
        }, "spindle-output-flusher");
        flusher.setDaemon(true);
        flusher.start();
        return flusher;
    }

    private void send(long cellId, boolean everything) {
        PendingText[] streams = pending.get(cellId);
        if (streams == null) {
            return;
        }
        for (StreamKind kind : StreamKind.values()) {
            String text = streams[kind.ordinal()].take(everything);
            if (text != null) {
                sink.send(new EngineEvent.StreamText(cellId, kind.wireName(), text));
            }
        }
    }
}
