package dev.spindle.kernel.app;

/**
 * Turns SIGINT into an interrupt of the running cell instead of the JVM's default (exit 130). The kernelspec
 * asks for {@code interrupt_mode: message}, but a terminal Ctrl-C or a client in signal mode still sends it.
 */
final class SigintHandler {

    private static final System.Logger LOG = System.getLogger(SigintHandler.class.getName());

    private SigintHandler() {
    }

    @SuppressWarnings("removal")
    static void install(Runnable onInterrupt) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> onInterrupt.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.DEBUG, "SIGINT cannot be handled here: {0}", e.toString());
        }
    }
}
