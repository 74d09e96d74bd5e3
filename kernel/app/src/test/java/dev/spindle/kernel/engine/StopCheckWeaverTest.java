package dev.spindle.kernel.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StopCheckWeaverTest {

    /** Stands in for a snippet class: a loop with no exit and no call that could be interrupted. */
    public static final class Spinner {
        public static volatile boolean entered;

        public static long spin() {
            long n = 0;
            entered = true;
            while (true) {
                n++;
                if (n == Long.MIN_VALUE) {
                    return n;
                }
            }
        }

        public static int plain() {
            return 42;
        }
    }

    @AfterEach
    void lowerTheFlag() {
        StopSignal.lower();
    }

    @Test
    @Timeout(10)
    void aWovenLoopStopsWhenTheSignalIsRaised() throws Exception {
        Method spin = wovenSpinner().getMethod("spin");
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            started.countDown();
            try {
                spin.invoke(null);
                ended.complete(null);
            } catch (InvocationTargetException e) {
                ended.complete(e.getCause());
            } catch (ReflectiveOperationException e) {
                ended.complete(e);
            }
        });
        thread.start();
        started.await();
        StopSignal.raise();
        assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(CellStoppedError.class);
    }

    @Test
    void wovenMethodsBehaveAsBeforeWhileTheSignalIsDown() throws Exception {
        assertThat(wovenSpinner().getMethod("plain").invoke(null)).isEqualTo(42);
    }

    @Test
    void methodEntryChecksTheSignal() throws Exception {
        Method plain = wovenSpinner().getMethod("plain");
        StopSignal.raise();
        try {
            plain.invoke(null);
            throw new AssertionError("expected the stop");
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).isInstanceOf(CellStoppedError.class);
        }
    }

    private static Class<?> wovenSpinner() throws IOException {
        String name = Spinner.class.getName();
        byte[] original;
        try (InputStream in = Spinner.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        }
        byte[] woven = new StopCheckWeaver().weave(new String[] {name}, new byte[][] {original})[0];
        return new ClassLoader(StopCheckWeaverTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(name, woven, 0, woven.length);
            }
        }.define();
    }
}
