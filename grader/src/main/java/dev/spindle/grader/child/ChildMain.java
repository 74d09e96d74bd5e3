package dev.spindle.grader.child;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.spindle.grader.protocol.ChildEvent;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Entry point of the child JVM: reads its bootstrap from stdin, connects to the parent's Unix socket, then runs
 * the selected test classes with the JUnit Platform Launcher, as many times as asked, in this one JVM (static
 * state carries over, as it would for a student re-running the tests). A repetition in which a test timed out
 * is the last: its threads may still be running. Arguments: socket path, per-test seconds, max threads, output
 * cap (bytes), repetitions, student package, class folders (path-separated, may be empty), test class names.
 */
public final class ChildMain {

    private ChildMain() {}

    public static void main(String[] args) {
        Path socket = Path.of(args[0]);
        int perTestSeconds = Integer.parseInt(args[1]);
        int maxThreads = Integer.parseInt(args[2]);
        int outputCap = Integer.parseInt(args[3]);
        int repetitions = Integer.parseInt(args[4]);
        String studentPackage = args[5];
        List<Path> folders = args[6].isEmpty() ? List.of()
                : Arrays.stream(args[6].split(File.pathSeparator)).map(Path::of).toList();
        List<String> testClasses = Arrays.asList(args).subList(7, args.length);

        EventSender channel;
        SubmissionClassLoader loader;
        try {
            Bootstrap bootstrap = Bootstrap.read(System.in);
            System.setIn(new ByteArrayInputStream(new byte[0]));
            channel = EventSender.connect(socket, bootstrap.token());
            loader = new SubmissionClassLoader(folders, bootstrap.hiddenClasses(), ChildMain.class.getClassLoader());
        } catch (Exception e) {
            Runtime.getRuntime().halt(ChildExit.NO_CHANNEL);
            return;
        }
        ThreadWatchdog watchdog = null;
        try {
            loader.defineHiddenClassesAndForgetBytes();
            System.gc();
            Thread.currentThread().setContextClassLoader(loader);
            TestOutputCapture output = TestOutputCapture.install(outputCap);
            ExitReporter.install(channel);
            watchdog = ThreadWatchdog.start(channel, maxThreads, studentPackage);
            var listener = new EventStreamingListener(channel, output, new HangInspector(studentPackage), studentPackage,
                    new ListenerGuard(Thread.currentThread()), watchdog);
            LauncherConfig config = LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false)
                    .enableLauncherSessionListenerAutoRegistration(false)
                    .enableLauncherDiscoveryListenerAutoRegistration(false)
                    .enablePostDiscoveryFilterAutoRegistration(false)
                    .build();
            Launcher launcher = LauncherFactory.create(config);
            LauncherDiscoveryRequest request = request(loader, testClasses, perTestSeconds);
            for (int repetition = 1; repetition <= repetitions; repetition++) {
                channel.send(new ChildEvent.RepetitionStarted(repetition, repetitions));
                launcher.execute(request, listener);
                if (listener.sawTimeoutInThisExecution()) {
                    break;
                }
            }
            channel.send(new ChildEvent.RunFinished());
        } catch (Throwable t) {
            // An error escaping the launcher (JUnit rethrows OutOfMemoryError, for one) ends the run; the parent
            // marks whatever did not finish. A thread bomb that hit the process limit ends here too ("unable to
            // create native thread" before the test's end was reported): the watchdog gives it its own verdict.
            if (watchdog != null) {
                watchdog.checkNow();
            }
            Runtime.getRuntime().halt(ChildExit.INTERNAL_ERROR);
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(ChildExit.FINISHED);
    }

    private static LauncherDiscoveryRequest request(ClassLoader loader, List<String> testClasses, int perTestSeconds) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(testClasses.stream().map(c -> selectClass(loader, c)).toList())
                .configurationParameters(Map.of(
                        "junit.jupiter.execution.timeout.mode", "enabled",
                        "junit.jupiter.execution.timeout.default", perTestSeconds + " s",
                        "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD",
                        "junit.jupiter.execution.parallel.enabled", "false",
                        "junit.jupiter.extensions.autodetection.enabled", "false"))
                .build();
    }
}
