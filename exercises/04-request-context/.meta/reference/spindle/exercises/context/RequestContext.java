package spindle.exercises.context;

import java.util.NoSuchElementException;
import java.util.Objects;

/** Reference: a ScopedValue - bound for one call, per thread, restored automatically. */
public final class RequestContext {

    private static final ScopedValue<String> USER = ScopedValue.newInstance();

    private RequestContext() {
    }

    public static void runAs(String user, Runnable body) {
        Objects.requireNonNull(user, "user");
        ScopedValue.where(USER, user).run(body);
    }

    public static String current() {
        if (!USER.isBound()) {
            throw new NoSuchElementException("no user bound on " + Thread.currentThread());
        }
        return USER.get();
    }

    public static boolean isBound() {
        return USER.isBound();
    }
}
