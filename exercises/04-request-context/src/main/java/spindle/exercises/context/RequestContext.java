package spindle.exercises.context;

import java.util.NoSuchElementException;

/**
 * "Who is the current user?" without passing the user through every method — the note's {@code threading.local()}
 * example (ThreadLocal), done the Java 25 way.
 *
 * <p>You may use {@link ScopedValue} (final in Java 25, recommended) or a {@link ThreadLocal}. Either way the binding
 * belongs to one thread and one call: other threads never see it, threads started inside {@link #runAs} do not inherit
 * it, and it is gone (or the outer value is back) when {@code runAs} returns — even if the body throws.
 */
public final class RequestContext {

    private RequestContext() {
    }

    /**
     * Runs {@code body} on the calling thread with {@code user} as the current user. Nested calls rebind; when a call
     * returns or throws, the previous binding (or none) is in force again.
     *
     * @throws NullPointerException if {@code user} is null
     */
    public static void runAs(String user, Runnable body) {
        throw new UnsupportedOperationException(
                "Implement RequestContext.runAs(user, body): bind user for the duration of body on this thread only");
    }

    /**
     * @return the user bound by the innermost {@link #runAs} running on this thread
     * @throws NoSuchElementException if no user is bound on this thread
     */
    public static String current() {
        throw new UnsupportedOperationException(
                "Implement RequestContext.current(): the bound user, or NoSuchElementException");
    }

    /** @return whether a user is bound on this thread */
    public static boolean isBound() {
        throw new UnsupportedOperationException("Implement RequestContext.isBound()");
    }
}
