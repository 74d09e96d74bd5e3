package dev.spindle.grader.child;

import java.util.Optional;
import java.util.Set;

/**
 * JUnit calls the listener from the launcher's own thread, with no student or test frame on the stack. A call
 * from any other thread, or with a frame from a class the submission's loader (or a loader it made) defined,
 * is a submission calling the grader's listener itself to forge a result.
 */
final class ListenerGuard {

    private static final StackWalker WALKER = StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE,
            StackWalker.Option.SHOW_HIDDEN_FRAMES, StackWalker.Option.SHOW_REFLECT_FRAMES));

    private final Thread launcherThread;
    private final ClassLoader graderLoader = ListenerGuard.class.getClassLoader();

    ListenerGuard(Thread launcherThread) {
        this.launcherThread = launcherThread;
    }

    /** @return why the current call is not JUnit's own, or empty when it is */
    Optional<String> untrustedCaller() {
        if (Thread.currentThread() != launcherThread) {
            return Optional.of("the test listener was called from thread \"" + Thread.currentThread().getName() + "\"");
        }
        return WALKER.walk(frames -> frames.filter(f -> foreign(f.getDeclaringClass())).findFirst())
                .map(f -> "the test listener was called from " + f.getClassName() + "." + f.getMethodName());
    }

    private boolean foreign(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null && loader != graderLoader && loader != ClassLoader.getPlatformClassLoader();
    }
}
