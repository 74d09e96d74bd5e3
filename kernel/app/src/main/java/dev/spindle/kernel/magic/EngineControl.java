package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;

import java.util.List;
import java.util.OptionalLong;

/** What magics may ask of the engine JVM; {@link MagicInterpreter} implements it over the real engine. */
public interface EngineControl {

    /** Runs Java in the engine as a normal cell would run. */
    ExecuteOutcome execute(ExecuteOptions options, CellOutput output);

    OptionalLong enginePid();

    /** Adds entries to the class path of later cells; returns the engine's error message, or empty when done. */
    java.util.Optional<String> addToClassPath(List<String> entries);

    /** Replaces the engine by a fresh one started with {@code extraJvmOptions} on top of the defaults. */
    void restartWith(List<String> extraJvmOptions);
}
