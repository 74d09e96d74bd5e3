package dev.spindle.lessons.gil;

/** When the GIL holder lets another thread run: the two generations of CPython's rule. */
public sealed interface SwitchRule permits SwitchRule.CheckInterval, SwitchRule.SwitchInterval {

    /**
     * CPython up to 3.1: every {@code ticks} bytecodes (a global ticker, {@code sys.setcheckinterval}, default 100)
     * the holder releases the GIL and immediately asks for it again.
     */
    record CheckInterval(int ticks) implements SwitchRule {
        public CheckInterval {
            if (ticks <= 0) throw new IllegalArgumentException("ticks must be positive: " + ticks);
        }

        @Override
        public String label() {
            return "check interval " + ticks + " ticks (<= 3.1)";
        }
    }

    /**
     * CPython 3.2 and later: a waiter that has waited {@code micros} without any switch happening sets
     * {@code gil_drop_request}; the holder drops at its next eval-breaker check and, with FORCE_SWITCHING,
     * the requester gets the GIL ({@code sys.setswitchinterval}, default 5 ms).
     */
    record SwitchInterval(long micros) implements SwitchRule {
        public SwitchInterval {
            if (micros <= 0) throw new IllegalArgumentException("micros must be positive: " + micros);
        }

        @Override
        public String label() {
            return "switch interval " + micros + " us (>= 3.2)";
        }
    }

    String label();

    /** The pre-3.2 default: release every 100 ticks. */
    static SwitchRule checkInterval() {
        return new CheckInterval(100);
    }

    /** The 3.2+ default: 5 ms. */
    static SwitchRule switchInterval() {
        return new SwitchInterval(5_000);
    }
}
