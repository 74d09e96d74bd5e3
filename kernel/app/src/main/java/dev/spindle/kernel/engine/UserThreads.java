package dev.spindle.kernel.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the threads user code runs on: every platform thread in the user thread group (threads inherit the
 * group of the thread that creates them, executors included) and every virtual thread (the engine itself
 * starts none). Virtual threads are only enumerable through the JDK's thread containers, which need
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} and {@code -Djdk.trackAllThreads=true}.
 */
final class UserThreads {

    private final ThreadGroup group = new ThreadGroup("spindle-user");
    private final VirtualThreadFinder virtualThreads = VirtualThreadFinder.create();

    ThreadGroup group() {
        return group;
    }

    /** The platform thread that runs snippets, in the user group; not started. */
    Thread newCellThread(Runnable body) {
        Thread thread = new Thread(group, body, "main", 0, false);
        thread.setDaemon(true);
        return thread;
    }

    List<Thread> live() {
        List<Thread> threads = new ArrayList<>(platform());
        virtualThreads.find().filter(Thread::isAlive).forEach(threads::add);
        return threads;
    }

    boolean virtualThreadsVisible() {
        return virtualThreads.works();
    }

    private List<Thread> platform() {
        Thread[] buffer;
        int count;
        do {
            buffer = new Thread[group.activeCount() + 16];
            count = group.enumerate(buffer, true);
        } while (count == buffer.length);
        return Arrays.asList(Arrays.copyOf(buffer, count));
    }

    /** Walks {@code jdk.internal.vm.ThreadContainers.root()} and its descendants. */
    private record VirtualThreadFinder(MethodHandle root, MethodHandle children, MethodHandle threads) {

        static VirtualThreadFinder create() {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                Class<?> containers = Class.forName("jdk.internal.vm.ThreadContainers");
                Class<?> container = Class.forName("jdk.internal.vm.ThreadContainer");
                return new VirtualThreadFinder(
                        lookup.findStatic(containers, "root", MethodType.methodType(container)),
                        lookup.findVirtual(container, "children", MethodType.methodType(Stream.class)),
                        lookup.findVirtual(container, "threads", MethodType.methodType(Stream.class)));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return new VirtualThreadFinder(null, null, null);
            }
        }

        boolean works() {
            return root != null;
        }

        Stream<Thread> find() {
            if (!works()) {
                return Stream.empty();
            }
            try {
                List<Thread> found = new ArrayList<>();
                collect(root.invoke(), found);
                return found.stream();
            } catch (Throwable e) {
                return Stream.empty();
            }
        }

        @SuppressWarnings("unchecked")
        private void collect(Object container, List<Thread> found) throws Throwable {
            ((Stream<Thread>) threads.invoke(container)).filter(Thread::isVirtual).forEach(found::add);
            for (Object child : ((Stream<Object>) children.invoke(container)).toList()) {
                collect(child, found);
            }
        }
    }
}
