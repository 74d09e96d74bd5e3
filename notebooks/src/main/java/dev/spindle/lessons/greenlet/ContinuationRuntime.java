package dev.spindle.lessons.greenlet;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Greenlets as {@code jdk.internal.vm.Continuation}s, all on the caller's thread. Continuations are asymmetric
 * (run / yield back to whoever ran them), so symmetric switching uses a trampoline: a switch records the target and
 * yields to the loop in the main greenlet, which runs the target next. Reached only through reflection, so this
 * class loads on every JVM and is used only when {@code jdk.internal.vm} is exported to us.
 */
final class ContinuationRuntime extends GreenletRuntime {

    private static final String PACKAGE = "jdk.internal.vm";
    private static final Api API = Api.lookup();

    private final Object scope;
    private final Map<Greenlet, Object> continuations = new IdentityHashMap<>();
    private Greenlet next;
    private Transfer pending;

    ContinuationRuntime() {
        if (API == null) throw new IllegalStateException(PACKAGE + " is not exported to " + module());
        scope = API.newScope("greenlets");
    }

    static boolean isAvailable() {
        return API != null;
    }

    @Override
    public String backend() {
        return "continuation";
    }

    @Override
    Transfer transfer(Greenlet from, Greenlet to, Transfer transfer) {
        if (Thread.currentThread() != owner()) {
            throw new IllegalStateException("greenlets of this runtime belong to " + owner().getName());
        }
        pending = transfer;
        next = to;
        if (from == main()) {
            trampoline();
        } else {
            API.yield(scope);
        }
        setCurrent(from);
        Transfer received = pending;
        pending = null;
        return received;
    }

    /** Runs continuations until one of them switches back to main. */
    private void trampoline() {
        while (next != main()) {
            Greenlet g = next;
            next = null;
            setCurrent(g);
            API.run(continuationOf(g));
        }
    }

    private Object continuationOf(Greenlet g) {
        return continuations.computeIfAbsent(g, key -> {
            key.markStarted();
            return API.newContinuation(scope, () -> {
                Transfer first = pending;
                pending = null;
                Finish finish = runBody(key, first);
                pending = finish.outcome();
                next = finish.next();
            });
        });
    }

    /** Suspended continuations are simply dropped; their frames are garbage once unreachable. */
    @Override
    public void close() {
        continuations.clear();
    }

    private static Module module() {
        return ContinuationRuntime.class.getModule();
    }

    private record Api(MethodHandle newScope, MethodHandle newContinuation, MethodHandle run, MethodHandle yield) {

        static Api lookup() {
            if (!Object.class.getModule().isExported(PACKAGE, module())) return null;
            try {
                Class<?> scopeType = Class.forName(PACKAGE + ".ContinuationScope");
                Class<?> continuationType = Class.forName(PACKAGE + ".Continuation");
                // publicLookup() sees only unconditional exports; ours is a qualified one, so use our own lookup.
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                return new Api(
                        lookup.findConstructor(scopeType, MethodType.methodType(void.class, String.class)),
                        lookup.findConstructor(continuationType,
                                MethodType.methodType(void.class, scopeType, Runnable.class)),
                        lookup.findVirtual(continuationType, "run", MethodType.methodType(void.class)),
                        lookup.findStatic(continuationType, "yield",
                                MethodType.methodType(boolean.class, scopeType)));
            } catch (ReflectiveOperationException | RuntimeException unavailable) {
                return null;
            }
        }

        Object newScope(String name) {
            return invoke(() -> newScope.invoke(name));
        }

        Object newContinuation(Object scope, Runnable body) {
            return invoke(() -> newContinuation.invoke(scope, body));
        }

        void run(Object continuation) {
            invoke(() -> run.invoke(continuation));
        }

        void yield(Object scope) {
            invoke(() -> yield.invoke(scope));
        }

        private interface Call {
            Object call() throws Throwable;
        }

        private static Object invoke(Call call) {
            try {
                return call.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
