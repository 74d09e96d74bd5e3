package dev.spindle.grader.child;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.spindle.grader.protocol.ChildEvent;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Entry point of the child JVM: connects to the parent, then runs the selected test classes with the JUnit
 * Platform Launcher. Arguments: port, per-test seconds, max threads, output cap (bytes), student package,
 * test class names. The channel token arrives on stdin so it never shows in a process listing.
 */
public final class ChildMain {

    private ChildMain() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int perTestSeconds = Integer.parseInt(args[1]);
        int maxThreads = Integer.parseInt(args[2]);
        int outputCap = Integer.parseInt(args[3]);
        String studentPackage = args[4];
        List<String> testClasses = Arrays.asList(args).subList(5, args.length);

        EventSender channel;
        try {
            String token = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            System.setIn(new ByteArrayInputStream(new byte[0]));
            channel = EventSender.connect(port, token);
        } catch (Exception e) {
            Runtime.getRuntime().halt(ChildExit.NO_CHANNEL);
            return;
        }
        try {
            TestOutputCapture output = TestOutputCapture.install(outputCap);
            ExitReporter.install(channel);
            ThreadWatchdog.start(channel, maxThreads, studentPackage);
            var listener = new EventStreamingListener(channel, output, new HangInspector(studentPackage), studentPackage);
            LauncherFactory.create().execute(request(testClasses, perTestSeconds), listener);
            channel.send(new ChildEvent.RunFinished());
        } catch (Throwable t) {
            // An error escaping the launcher (JUnit rethrows OutOfMemoryError, for one) ends the run; the parent
            // marks whatever did not finish.
            Runtime.getRuntime().halt(ChildExit.INTERNAL_ERROR);
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(ChildExit.FINISHED);
    }

    private static LauncherDiscoveryRequest request(List<String> testClasses, int perTestSeconds) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(testClasses.stream().map(c -> selectClass(c)).toList())
                .configurationParameters(Map.of(
                        "junit.jupiter.execution.timeout.mode", "enabled",
                        "junit.jupiter.execution.timeout.default", perTestSeconds + " s",
                        "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD",
                        "junit.jupiter.execution.parallel.enabled", "false",
                        "junit.jupiter.extensions.autodetection.enabled", "false"))
                .build();
    }
}
