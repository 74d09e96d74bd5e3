package spindle.exercises.context;

import java.util.NoSuchElementException;
import java.util.Objects;

/** Wrong: a ThreadLocal restored after the body, not in finally - an exception leaves the user bound on a pooled thread. */
public final class RequestContext {

    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    private RequestContext() {
    }

    public static void runAs(String user, Runnable body) {
        Objects.requireNonNull(user, "user");
        String outer = USER.get();
        USER.set(user);
        body.run();
        restore(outer);
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
