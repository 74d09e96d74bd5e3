package spindle.exercises.gil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deterministic GIL simulator on a virtual clock (1 tick of CPU work = 1 µs). Given, not graded.
 *
 * <p>Each simulated Python thread runs a program of {@link Op.Cpu} (needs the GIL, one tick per µs) and
 * {@link Op.Io} (runs without the GIL, like a call wrapped in {@code Py_BEGIN_ALLOW_THREADS}). Within one µs the order
 * is: threads whose I/O ends now start waiting; if the GIL is free a waiter gets it ({@link GilPolicy#pickNext});
 * the holder executes one tick; then, at the end of the tick, the holder either releases the GIL (its CPU op is over and
 * I/O or the end follows), or the policy is asked whether it must drop it ({@link GilPolicy#mustDrop}). A released
 * GIL is handed over at once to one of the threads already waiting.
 */
public final class GilSimulator {

    /** One step of a simulated thread's program. */
    public sealed interface Op {
        /** {@code ticks} µs of Python bytecode; needs the GIL. */
        record Cpu(long ticks) implements Op {
        }

        /** {@code micros} µs of blocking I/O without the GIL. */
        record Io(long micros) implements Op {
        }
    }

    /** Per-thread outcome: when it finished, its longest and total wait for the GIL, how often it got the GIL. */
    public record ThreadResult(int id, long finishedAt, long maxWait, long totalWait, int acquisitions) {
    }

    /** Outcome of a run: per thread, and how many times the GIL passed to a different thread. */
    public record Result(List<ThreadResult> threads, int switches, long endTime) {
        public ThreadResult thread(int id) {
            return threads.get(id);
        }
    }

    private enum Status { WAITING, HOLDING, IN_IO, DONE }

    private static final class Sim {
        final List<Op> program;
        int pc;
        long left;
        Status status;
        long since;
        long ioUntil;
        long finishedAt = -1;
        long maxWait;
        long totalWait;
        int acquisitions;

        Sim(List<Op> program) {
            this.program = program;
        }
    }

    private GilSimulator() {
    }

    /** Runs the programs to completion under {@code policy} on a machine with {@code cores} cores. */
    public static Result run(GilPolicy policy, int cores, List<List<Op>> programs) {
        List<Sim> sims = new ArrayList<>();
        for (List<Op> p : programs) {
            sims.add(new Sim(List.copyOf(p)));
        }
        List<Integer> waiters = new ArrayList<>();
        int[] holder = {-1};
        int[] lastHolder = {-1};
        long[] lastSwitchAt = {0};
        long[] heldFor = {0};
        int[] switches = {0};
        for (int id = 0; id < sims.size(); id++) {
            enterOp(sims.get(id), id, 0, waiters);
        }
        long now = 0;
        long guard = 50_000_000L;
        while (sims.stream().anyMatch(s -> s.status != Status.DONE)) {
            if (--guard < 0) {
                throw new IllegalStateException("simulation did not finish (policy never lets a thread run?)");
            }
            for (int id = 0; id < sims.size(); id++) {
                Sim s = sims.get(id);
                if (s.status == Status.IN_IO && s.ioUntil == now) {
                    s.pc++;
                    enterOp(s, id, now, waiters);
                }
            }
            if (holder[0] < 0 && !waiters.isEmpty()) {
                handOver(policy, cores, sims, waiters, holder, lastHolder, lastSwitchAt, heldFor, switches, now, -1);
            }
            if (holder[0] < 0) {
                long next = sims.stream().filter(s -> s.status == Status.IN_IO).mapToLong(s -> s.ioUntil).min()
                        .orElse(now + 1);
                now = Math.max(now + 1, next);
                continue;
            }
            Sim h = sims.get(holder[0]);
            h.left--;
            heldFor[0]++;
            long end = now + 1;
            if (h.left == 0) {
                h.pc++;
                int id = holder[0];
                if (h.pc < h.program.size() && h.program.get(h.pc) instanceof Op.Cpu c) {
                    h.left = c.ticks();
                } else {
                    holder[0] = -1;
                    enterOp(h, id, end, waiters);
                    if (!waiters.isEmpty()) {
                        handOver(policy, cores, sims, waiters, holder, lastHolder, lastSwitchAt, heldFor, switches, end, -1);
                    }
                }
            }
            if (holder[0] >= 0 && h.status == Status.HOLDING && h.left > 0) {
                GilView view = view(end, holder[0], heldFor[0], lastSwitchAt[0], sims, waiters, cores);
                if (policy.mustDrop(view)) {
                    int dropper = holder[0];
                    holder[0] = -1;
                    h.status = Status.WAITING;
                    h.since = end;
                    waiters.add(dropper);
                    handOver(policy, cores, sims, waiters, holder, lastHolder, lastSwitchAt, heldFor, switches, end, dropper);
                }
            }
            now = end;
        }
        List<ThreadResult> results = new ArrayList<>();
        long endTime = 0;
        for (int id = 0; id < sims.size(); id++) {
            Sim s = sims.get(id);
            results.add(new ThreadResult(id, s.finishedAt, s.maxWait, s.totalWait, s.acquisitions));
            endTime = Math.max(endTime, s.finishedAt);
        }
        return new Result(List.copyOf(results), switches[0], endTime);
    }

    private static void enterOp(Sim s, int id, long now, List<Integer> waiters) {
        if (s.pc >= s.program.size()) {
            s.status = Status.DONE;
            s.finishedAt = now;
            return;
        }
        switch (s.program.get(s.pc)) {
            case Op.Cpu c -> {
                s.left = c.ticks();
                s.status = Status.WAITING;
                s.since = now;
                waiters.add(id);
            }
            case Op.Io io -> {
                s.status = Status.IN_IO;
                s.ioUntil = now + io.micros();
            }
        }
    }

    private static void handOver(GilPolicy policy, int cores, List<Sim> sims, List<Integer> waiters, int[] holder,
            int[] lastHolder, long[] lastSwitchAt, long[] heldFor, int[] switches, long now, int dropper) {
        GilView view = view(now, -1, 0, lastSwitchAt[0], sims, waiters, cores);
        int next = policy.pickNext(view, dropper);
        if (!waiters.contains(next)) {
            throw new IllegalStateException("pickNext returned " + next + ", which is not waiting: " + view.waiters());
        }
        waiters.remove(Integer.valueOf(next));
        Sim s = sims.get(next);
        long waited = now - s.since;
        s.maxWait = Math.max(s.maxWait, waited);
        s.totalWait += waited;
        s.acquisitions++;
        s.status = Status.HOLDING;
        holder[0] = next;
        heldFor[0] = 0;
        if (lastHolder[0] >= 0 && lastHolder[0] != next) {
            switches[0]++;
            lastSwitchAt[0] = now;
        }
        lastHolder[0] = next;
    }

    private static GilView view(long now, int holder, long heldFor, long lastSwitchAt, List<Sim> sims,
            List<Integer> waiters, int cores) {
        List<GilView.Waiter> ws = new ArrayList<>();
        for (int id : waiters) {
            ws.add(new GilView.Waiter(id, sims.get(id).since));
        }
        ws.sort(Comparator.comparingLong(GilView.Waiter::since).thenComparingInt(GilView.Waiter::thread));
        return new GilView(now, holder, heldFor, lastSwitchAt, List.copyOf(ws), cores);
    }
}
