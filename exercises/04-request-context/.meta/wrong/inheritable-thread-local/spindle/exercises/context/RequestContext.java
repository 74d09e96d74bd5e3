package spindle.exercises.context;

import java.util.NoSuchElementException;
import java.util.Objects;

/** Wrong: an InheritableThreadLocal - every thread started inside runAs silently inherits the user. */
public final class RequestContext {

    private static final InheritableThreadLocal<String> USER = new InheritableThreadLocal<>();

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
