package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: allocates direct and native memory until something gives */
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
        java.util.List<java.nio.ByteBuffer> hoard = new java.util.ArrayList<>();
        try {
            while (true) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocateDirect(16 << 20);
                for (int i = 0; i < b.capacity(); i += 4096) {
                    b.put(i, (byte) 1);
                }
                hoard.add(b);
            }
        } catch (OutOfMemoryError e) {
            System.out.println("direct memory stopped after " + hoard.size() * 16 + " MiB: " + e.getMessage());
        }
        try {
            var f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object unsafe = f.get(null);
            var allocate = unsafe.getClass().getMethod("allocateMemory", long.class);
            var setMemory = unsafe.getClass().getMethod("setMemory", long.class, long.class, byte.class);
            for (int i = 0; i < 200; i++) {
                long address = (long) allocate.invoke(unsafe, 16L << 20);
                setMemory.invoke(unsafe, address, 16L << 20, (byte) 1);
            }
            System.out.println("allocated 3.2 GB natively");
        } catch (Throwable e) {
            System.out.println("BLOCKED native memory: " + e);
        }
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
}
