package spindle.exercises.context;

import java.util.NoSuchElementException;
import java.util.Objects;

/** Wrong: one static field for the whole JVM - every thread sees (and overwrites) every other thread's user. */
public final class RequestContext {

    private static volatile String user;

    private static final class Holder {
        String get() {
            return user;
        }

        void set(String u) {
            user = u;
        }

        void remove() {
            user = null;
        }
    }

    private static final Holder USER = new Holder();

    private RequestContext() {
    }

    public static void runAs(String user, Runnable body) {
        Objects.requireNonNull(user, "user");
        String outer = USER.get();
        USER.set(user);
        try {
            body.run();
        } finally {
            restore(outer);
        }
    }

    private static void restore(String outer) {
        if (outer == null) {
            USER.remove();
        } else {
            USER.set(outer);
        }
    }

    public static String current() {
        String user = USER.get();
        if (user == null) {
            throw new NoSuchElementException("no user bound on " + Thread.currentThread());
        }
        return user;
    }

    public static boolean isBound() {
        return USER.get() != null;
    }
}
