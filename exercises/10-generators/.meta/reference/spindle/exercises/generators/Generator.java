package spindle.exercises.generators;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.SynchronousQueue;

/** Reference: the body on a virtual thread, two SynchronousQueues as the baton. */
public final class Generator<T> implements Iterator<T>, AutoCloseable {

    public enum State { CREATED, RUNNING, SUSPENDED, CLOSED }

    @FunctionalInterface
    public interface Body<T> {
        void run(Yielder<T> y) throws Exception;
    }

    public interface Yielder<T> {
        void yield(T value);
    }

    public static final class Closed extends RuntimeException {
        public Closed() {
            super("generator closed", null, false, false);
        }
    }

    private sealed interface Event {
    }

    private record Value(Object v) implements Event {
    }

    private record Done() implements Event {
    }

    private record Failed(Throwable t) implements Event {
    }

    private enum Command { RESUME, CLOSE }

    private final Body<T> body;
    private final SynchronousQueue<Command> commands = new SynchronousQueue<>();
    private final SynchronousQueue<Event> events = new SynchronousQueue<>();
    private volatile State state = State.CREATED;
    private boolean buffered;
    private T value;

    public Generator(Body<T> body) {
        this.body = body;
    }

    @Override
    public boolean hasNext() {
        if (buffered) {
            return true;
        }
        if (state == State.CLOSED) {
            return false;
        }
        if (state == State.CREATED) {
            Thread.ofVirtual().start(this::runBody);
        }
        return handle(exchange(Command.RESUME));
    }

    @SuppressWarnings("unchecked")
    private boolean handle(Event e) {
        switch (e) {
            case Value v -> {
                value = (T) v.v();
                buffered = true;
                state = State.SUSPENDED;
                return true;
            }
            case Done d -> {
                state = State.CLOSED;
                return false;
            }
            case Failed f -> {
                state = State.CLOSED;
                if (f.t() instanceof RuntimeException re) {
                    throw re;
                }
                if (f.t() instanceof Error err) {
                    throw err;
                }
                throw new RuntimeException(f.t());
            }
        }
    }

    private Event exchange(Command c) {
        state = State.RUNNING;
        try {
            commands.put(c);
            return events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the generator body ran", e);
        }
    }

    private void runBody() {
        Event end;
        try {
            if (commands.take() == Command.CLOSE) {
                end = new Done();
            } else {
                body.run(this::yieldValue);
                end = new Done();
            }
        } catch (Closed c) {
            end = new Done();
        } catch (Throwable t) {
            end = new Failed(t);
        }
        try {
            events.put(end);
        } catch (InterruptedException ignored) {
            // nobody is listening any more
        }
    }

    private void yieldValue(T v) {
        try {
            events.put(new Value(v));
            if (commands.take() == Command.CLOSE) {
                throw new Closed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed();
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("generator exhausted");
        }
        buffered = false;
        T v = value;
        value = null;
        return v;
    }

    public State state() {
        return state;
    }

    @Override
    public void close() {
        buffered = false;
        value = null;
        if (state == State.CREATED) {
            state = State.CLOSED;
            return;
        }
        if (state == State.CLOSED) {
            return;
        }
        Event e = exchange(Command.CLOSE);
        state = State.CLOSED;
        if (e instanceof Value) {
            throw new IllegalStateException("generator ignored Closed and yielded again");
        }
        if (e instanceof Failed f && !(f.t() instanceof Closed)) {
            if (f.t() instanceof RuntimeException re) {
                throw re;
            }
            throw new RuntimeException(f.t());
        }
    }
}
