package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: reads the compiled hidden test through class loaders and reflection */
public final class Counter {

    private final Runnable betweenReadAndWrite;
    private final ReentrantLock lock = new ReentrantLock();
    private long count;

    public Counter() {
        this(() -> { });
    }

    Counter(Runnable betweenReadAndWrite) {
        this.betweenReadAndWrite = betweenReadAndWrite;
    }

    public void increment() {
        String resource = "spindle/exercises/counter/CounterHiddenTest.class";
        ClassLoader[] loaders = {Counter.class.getClassLoader(), ClassLoader.getSystemClassLoader(),
                Thread.currentThread().getContextClassLoader()};
        for (ClassLoader loader : loaders) {
            try (var in = loader.getResourceAsStream(resource)) {
                print("loader " + loader, in == null ? "BLOCKED (no resource)" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (Exception e) {
                System.out.println("BLOCKED " + e);
            }
        }
        try {
            Class<?> hidden = Class.forName("spindle.exercises.counter.CounterHiddenTest");
            var in = hidden.getResourceAsStream("CounterHiddenTest.class");
            print("class resource", in == null ? "BLOCKED (no resource)" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            for (var f : hidden.getClassLoader().getClass().getDeclaredFields()) {
                try {
                    f.setAccessible(true);
                    Object value = f.get(hidden.getClassLoader());
                    if (value instanceof java.util.Map<?, ?> map) {
                        for (Object bytes : map.values()) {
                            if (bytes instanceof byte[] b) {
                                print("loader field " + f.getName(), new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
                            }
                        }
                    }
                } catch (Exception e) {
                    System.out.println("BLOCKED field " + f.getName() + ": " + e);
                }
            }
        } catch (Exception e) {
            System.out.println("BLOCKED " + e);
        }
        add(1);
    }

    public void add(long amount) {
        lock.lock();
        try {
            long read = count;
            betweenReadAndWrite.run();
            count = read + amount;
        } finally {
            lock.unlock();
        }
    }

    public long get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    static void print(String what, String text) {
        System.out.println(what + ": " + (text.length() > 400 ? text.substring(0, 400) : text));
    }
}
