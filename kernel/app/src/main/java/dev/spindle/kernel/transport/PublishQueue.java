package dev.spindle.kernel.transport;

import dev.spindle.kernel.protocol.Message;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gives IOPub to one thread: any thread may {@link #publish}, and only the queue's own thread hands messages to
 * the sink (the PUB socket, which is not thread-safe). Order is preserved across publishers.
 */
public final class PublishQueue implements AutoCloseable {

    private sealed interface Entry {
    }

    private record Publish(Message message) implements Entry {
    }

    private record Flush(CountDownLatch done) implements Entry {
    }

    private record Stop() implements Entry {
    }

    private static final System.Logger LOG = System.getLogger(PublishQueue.class.getName());

    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private final Consumer<Message> sink;
    private final Thread thread;

    public PublishQueue(String threadName, Consumer<Message> sink) {
        this.sink = sink;
        this.thread = Thread.ofPlatform().name(threadName).daemon().unstarted(this::drain);
    }

    public PublishQueue start() {
        thread.start();
        return this;
    }

    public void publish(Message message) {
        queue.add(new Publish(message));
    }

    public boolean flush(Duration timeout) throws InterruptedException {
        if (!thread.isAlive()) {
            return queue.isEmpty();
        }
        CountDownLatch done = new CountDownLatch(1);
        queue.add(new Flush(done));
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends what is queued, then stops the thread; waits at most one second for it. */
    @Override
    public void close() {
        queue.add(new Stop());
        try {
            thread.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        while (true) {
            Entry entry;
            try {
                entry = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            switch (entry) {
                case Publish(Message message) -> send(message);
                case Flush(CountDownLatch done) -> done.countDown();
                case Stop() -> {
                    return;
                }
            }
        }
    }

    private void send(Message message) {
        try {
            sink.accept(message);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not publish " + message.msgType(), e);
        }
    }
}
