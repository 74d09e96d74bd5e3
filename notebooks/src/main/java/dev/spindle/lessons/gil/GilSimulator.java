package dev.spindle.lessons.gil;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A deterministic model of CPython's GIL on a virtual clock (1 tick = 1 bytecode = 1 µs).
 *
 * <p>At every instant the engine does, in this order: finish I/O that is due (those threads start waiting),
 * let the holder finish an op or obey the switch rule, hand a free GIL to the longest waiter (FIFO), then let
 * the holder run one tick. Threads are started at t=0 in list order, so the first CPU-bound thread takes the
 * GIL first. With {@code cores == 1} a released GIL goes to the signalled waiter; with more cores the releasing
 * thread, still on its CPU, takes it back first and the waiter's wake-up fails.
 */
public final class GilSimulator {

    private final SwitchRule rule;
    private final int cores;
    private final Overheads overheads;

    public GilSimulator(SwitchRule rule, int cores) {
        this(rule, cores, Overheads.NONE);
    }

    public GilSimulator(SwitchRule rule, int cores, Overheads overheads) {
        if (cores < 1) throw new IllegalArgumentException("cores must be >= 1: " + cores);
        this.rule = rule;
        this.cores = cores;
        this.overheads = overheads;
    }

    public GilRun run(SimThread... threads) {
        return run(List.of(threads));
    }

    public GilRun run(List<SimThread> threads) {
        return new Engine(threads).run();
    }

    private enum Phase { NEW, WAITING, HOLDING, IN_IO, DONE }

    private static final class Sim {
        final SimThread spec;
        int pc;
        long remainingTicks;
        long ioUntil;
        long waitingSince;
        Phase phase = Phase.NEW;
        long finishedAt;
        long cpuTicks;
        int acquisitions;
        long maxWait;
        long totalWait;
        int spurious;

        Sim(SimThread spec) {
            this.spec = spec;
        }

        String name() {
            return spec.name();
        }

        ThreadStats stats() {
            return new ThreadStats(name(), finishedAt, cpuTicks, acquisitions, maxWait, totalWait, spurious);
        }
    }

    private final class Engine {
        final List<Sim> threads = new ArrayList<>();
        final Deque<Sim> waiters = new ArrayDeque<>();
        final List<GilEvent> events = new ArrayList<>();
        Sim holder;
        Sim lastHolder;
        long lastSwitchAt;
        long holderResumesAt;
        long ticker;
        boolean justTicked;
        boolean dropRequest;
        int switches;
        int spuriousWakeups;
        int unfinished;
        long now;

        Engine(List<SimThread> specs) {
            specs.forEach(s -> threads.add(new Sim(s)));
            unfinished = threads.size();
        }

        GilRun run() {
            threads.forEach(this::beginNextOp);
            while (unfinished > 0) {
                completeDueIo();
                if (holder != null) holderCheckpoint();
                justTicked = false;
                if (holder == null && !waiters.isEmpty()) grant(waiters.poll());
                if (holder != null && now >= holderResumesAt) {
                    tick();
                } else if (unfinished > 0) {
                    now = nextInterestingTime();
                }
            }
            long makespan = threads.stream().mapToLong(t -> t.finishedAt).max().orElse(0);
            return new GilRun(rule, cores, events, threads.stream().map(Sim::stats).toList(),
                    switches, spuriousWakeups, makespan);
        }

        private void tick() {
            holder.remainingTicks--;
            holder.cpuTicks++;
            ticker++;
            now++;
            justTicked = true;
        }

        private void completeDueIo() {
            for (Sim t : threads) {
                if (t.phase == Phase.IN_IO && t.ioUntil == now) {
                    t.pc++;
                    beginNextOp(t);
                }
            }
        }

        private void beginNextOp(Sim t) {
            List<Op> program = t.spec.program();
            if (t.pc >= program.size()) {
                t.phase = Phase.DONE;
                t.finishedAt = now;
                unfinished--;
                events.add(new GilEvent.Finished(now, t.name()));
                return;
            }
            switch (program.get(t.pc)) {
                case Op.Cpu cpu -> {
                    t.remainingTicks = cpu.ticks();
                    if (t.phase != Phase.HOLDING) request(t);
                }
                case Op.Io io -> {
                    t.phase = Phase.IN_IO;
                    t.ioUntil = now + io.micros();
                    events.add(new GilEvent.IoStarted(now, t.name(), io.micros()));
                }
            }
        }

        private void request(Sim t) {
            t.phase = Phase.WAITING;
            t.waitingSince = now;
            waiters.add(t);
            events.add(new GilEvent.Requested(now, t.name()));
        }

        private void holderCheckpoint() {
            if (holder.remainingTicks == 0) {
                Sim t = holder;
                t.pc++;
                boolean more = t.pc < t.spec.program().size();
                if (!more || t.spec.program().get(t.pc) instanceof Op.Io) {
                    release(more ? ReleaseReason.IO : ReleaseReason.FINISHED);
                }
                beginNextOp(t);
                if (holder == null) return;
            }
            switch (rule) {
                case SwitchRule.CheckInterval ci -> checkIntervalRule(ci);
                case SwitchRule.SwitchInterval si -> switchIntervalRule(si);
            }
        }

        private void checkIntervalRule(SwitchRule.CheckInterval ci) {
            if (!justTicked || ticker % ci.ticks() != 0 || waiters.isEmpty()) return;
            Sim waiter = waiters.peek();
            if (cores == 1) {
                forceSwitch(ReleaseReason.CHECK_INTERVAL);
            } else {
                waiter.spurious++;
                spuriousWakeups++;
                events.add(new GilEvent.SpuriousWakeup(now, waiter.name(), holder.name()));
                holderResumesAt = now + overheads.contendedReleaseMicros();
            }
        }

        private void switchIntervalRule(SwitchRule.SwitchInterval si) {
            Sim waiter = waiters.peek();
            if (waiter == null) return;
            if (!dropRequest && now >= dropDeadline(si, waiter)) {
                dropRequest = true;
                events.add(new GilEvent.DropRequested(now, waiter.name(), holder.name()));
            }
            if (dropRequest) forceSwitch(ReleaseReason.DROP_REQUEST);
        }

        private long dropDeadline(SwitchRule.SwitchInterval si, Sim waiter) {
            return Math.max(waiter.waitingSince, lastSwitchAt) + si.micros();
        }

        /** The holder drops, queues up again behind the others, and the longest waiter takes over. */
        private void forceSwitch(ReleaseReason reason) {
            Sim dropper = holder;
            release(reason);
            request(dropper);
            grant(waiters.poll());
        }

        private void release(ReleaseReason reason) {
            events.add(new GilEvent.Released(now, holder.name(), reason));
            holder.phase = Phase.NEW;
            holder = null;
            dropRequest = false;
        }

        private void grant(Sim t) {
            long waited = now - t.waitingSince;
            t.phase = Phase.HOLDING;
            t.acquisitions++;
            t.totalWait += waited;
            t.maxWait = Math.max(t.maxWait, waited);
            holder = t;
            holderResumesAt = now;
            if (t != lastHolder) {
                switches++;
                if (lastHolder != null) holderResumesAt = now + overheads.handoffMicros();
                lastHolder = t;
                lastSwitchAt = now;
            }
            events.add(new GilEvent.Acquired(now, t.name(), waited));
        }

        private long nextInterestingTime() {
            long next = Long.MAX_VALUE;
            for (Sim t : threads) {
                if (t.phase == Phase.IN_IO) next = Math.min(next, t.ioUntil);
            }
            if (holder != null) {
                next = Math.min(next, holderResumesAt);
                if (rule instanceof SwitchRule.SwitchInterval si && !waiters.isEmpty()) {
                    next = Math.min(next, dropDeadline(si, waiters.peek()));
                }
            }
            if (next == Long.MAX_VALUE || next <= now) {
                throw new IllegalStateException("simulation stuck at t=" + now);
            }
            return next;
        }
    }
}
