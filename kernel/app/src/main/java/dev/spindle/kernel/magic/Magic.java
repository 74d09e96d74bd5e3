package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

/**
 * One magic command. Implementations are listed once, in {@link MagicRegistry#standard()}; {@code %lsmagic},
 * {@code %help} and the generated docs read that list.
 */
public interface Magic {

    MagicKind kind();

    /** Without the {@code %} or {@code %%}. */
    String name();

    /** How to call it, e.g. {@code %time STATEMENT}. */
    String usage();

    /** One sentence: what it does. */
    String summary();

    /** Longer help for {@code %help}: details, examples; may be empty. */
    default String details() {
        return "";
    }

    ExecuteOutcome run(MagicCall call, MagicContext context);
}
