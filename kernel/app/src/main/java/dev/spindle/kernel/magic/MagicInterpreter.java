package dev.spindle.kernel.magic;

import dev.spindle.kernel.bridge.EngineInterpreter;
import dev.spindle.kernel.bridge.EngineSettings;
import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.Completeness;
import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.Interpreter;
import dev.spindle.kernel.spi.LanguageInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Runs the magics of a cell in the kernel JVM and hands its Java to the engine. Leading {@code %line} magics
 * run first, in order, then the rest of the cell; a {@code %%cell} magic owns the whole cell.
 */
public final class MagicInterpreter implements Interpreter {

    private final EngineSettings baseSettings;
    private final Function<EngineSettings, EngineInterpreter> engines;
    private final MagicRegistry registry;
    private final CellHistory history = new CellHistory();
    private final ChildProcesses children = new ChildProcesses();
    private volatile EngineInterpreter engine;

    public MagicInterpreter(EngineSettings baseSettings, Function<EngineSettings, EngineInterpreter> engines,
                            MagicRegistry registry) {
        this.baseSettings = baseSettings;
        this.engines = engines;
        this.registry = registry;
        this.engine = engines.apply(baseSettings);
    }

    public static MagicInterpreter withDefaults() {
        return new MagicInterpreter(EngineSettings.fromEnvironment(), EngineInterpreter::new, MagicRegistry.standard());
    }

    @Override
    public LanguageInfo languageInfo() {
        return engine.languageInfo();
    }

    @Override
    public String banner() {
        return engine.banner() + " (magics: %lsmagic)";
    }

    @Override
    public ExecuteOutcome execute(ExecuteOptions options, CellOutput output) {
        if (options.storeHistory()) {
            history.add(options.code());
        }
        ParsedCell cell = ParsedCell.parse(options.code());
        if (!cell.hasMagics()) {
            return engine.execute(options, output);
        }
        MagicContext context = new MagicContext(options, output, new EngineAccess(), registry, history, children);
        if (cell.cellMagic().isPresent()) {
            return run(cell.cellMagic().get(), context);
        }
        ExecuteOutcome last = Outcomes.done();
        for (MagicCall call : cell.lineMagics()) {
            last = run(call, context);
            if (last instanceof ExecuteOutcome.Failure) {
                return last;
            }
        }
        return cell.javaCode().isBlank() ? last : context.runJava(cell.javaCode());
    }

    private ExecuteOutcome run(MagicCall call, MagicContext context) {
        Optional<Magic> magic = registry.find(call.kind(), call.name());
        if (magic.isEmpty()) {
            return Outcomes.failure("UnknownMagic", registry.unknownMessage(call));
        }
        try {
            return magic.get().run(call, context);
        } catch (RuntimeException e) {
            return Outcomes.failure("MagicError", call.spelled() + " failed: " + e);
        }
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return engine.complete(code, cursorPos);
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        return engine.inspect(code, cursorPos, detailLevel);
    }

    /** A magic line is complete as typed; JShell would call it invalid. */
    @Override
    public Completeness isComplete(String code) {
        ParsedCell cell = ParsedCell.parse(code);
        if (cell.cellMagic().isPresent() || (cell.hasMagics() && cell.javaCode().isBlank())) {
            return Completeness.of(Completeness.Status.COMPLETE);
        }
        return engine.isComplete(cell.hasMagics() ? cell.javaCode() : code);
    }

    @Override
    public void interrupt() {
        children.killAll();
        engine.interrupt();
    }

    @Override
    public void close() {
        children.killAll();
        engine.close();
    }

    /** What magics may do to the engine: the engine itself may be replaced by %jvmopts. */
    private final class EngineAccess implements EngineControl {

        @Override
        public ExecuteOutcome execute(ExecuteOptions options, CellOutput output) {
            return engine.execute(options, output);
        }

        @Override
        public OptionalLong enginePid() {
            return engine.enginePid();
        }

        @Override
        public Optional<String> addToClassPath(List<String> entries) {
            synchronized (MagicInterpreter.this) {
                return engine.addToClassPath(entries);
            }
        }

        @Override
        public void restartWith(List<String> extraJvmOptions) {
            synchronized (MagicInterpreter.this) {
                EngineInterpreter old = engine;
                engine = engines.apply(baseSettings.withJvmOptions(extraJvmOptions));
                old.close();
                engine.awaitEngine();
                if (!old.addedClassPath().isEmpty()) {
                    engine.addToClassPath(old.addedClassPath());
                }
            }
        }
    }

    /** The engine now running, for tests. */
    EngineInterpreter engine() {
        return engine;
    }
}
