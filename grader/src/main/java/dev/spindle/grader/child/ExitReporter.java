package dev.spindle.grader.child;

import dev.spindle.grader.protocol.ChildEvent;
import java.util.Map;
import java.util.Set;

/**
 * A shutdown hook that tells the parent System.exit was called, and by whom. The child itself ends with
 * Runtime.halt, which skips hooks, so this only fires when student code exits the JVM.
 */
final class ExitReporter {

    private static final Set<String> EXIT_CLASSES = Set.of("java.lang.Shutdown", "java.lang.Runtime", "java.lang.System");

    private ExitReporter() {}

    static void install(EventSender channel) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> channel.send(new ChildEvent.ExitCalled(caller())),
                "spindle-exit-reporter"));
    }

    private static String caller() {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = entry.getValue();
            for (int i = 0; i < stack.length; i++) {
                if (stack[i].getClassName().equals("java.lang.Shutdown") && stack[i].getMethodName().equals("exit")) {
                    int j = i;
                    while (j < stack.length && EXIT_CLASSES.contains(stack[j].getClassName())) {
                        j++;
                    }
                    return j < stack.length ? Frames.describe(stack[j]) : "";
                }
            }
        }
        return "";
    }
}
