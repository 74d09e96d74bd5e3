package spindle.exercises.generators;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Wrong: runs the whole body on the first request and collects the values in a list - not lazy at all. */
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

    private final Body<T> body;
    private Iterator<T> values;
    private volatile State state = State.CREATED;

    public Generator(Body<T> body) {
        this.body = body;
    }

    @Override
    public boolean hasNext() {
        if (state == State.CLOSED) {
            return false;
        }
        if (values == null) {
            List<T> all = new ArrayList<>();
            state = State.RUNNING;
            try {
                body.run(all::add);
            } catch (RuntimeException e) {
                state = State.CLOSED;
                throw e;
            } catch (Exception e) {
                state = State.CLOSED;
                throw new RuntimeException(e);
            }
            values = all.iterator();
        }
        boolean more = values.hasNext();
        state = more ? State.SUSPENDED : State.CLOSED;
        return more;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return values.next();
    }

    public State state() {
        return state;
    }

    @Override
    public void close() {
        state = State.CLOSED;
    }
}
