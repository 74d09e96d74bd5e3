package dev.spindle.kernel.engine;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs snippets in this JVM, all on one long-lived user thread ({@link CellMainThread}) bound to the current
 * cell, with stop checks woven into every class it loads. Keeps the last value as an object, so the result
 * can offer richer MIME types than JShell's string.
 */
final class SpindleExecutionControl extends DirectExecutionControl {

    private final StopCheckWeaver weaver = new StopCheckWeaver();
    private final LoadedClasses loaded = new LoadedClasses();
    private final CellMainThread mainThread;
    private final Supplier<CellRun> cell;
    private volatile Object lastValue;

    /** {@code cell}: the cell being evaluated (never null; warm-up runs as a cell of its own). */
    SpindleExecutionControl(UserThreads userThreads, Supplier<CellRun> cell) {
        this.mainThread = new CellMainThread(userThreads);
        this.cell = cell;
    }

    ExecutionControlProvider provider() {
        ExecutionControl self = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "spindle";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return self;
            }
        };
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(woven(classes));
        for (ClassBytecodes loadedClass : classes) {
            loaded.loaded(loadedClass.name(), loadedClass.bytecodes());
        }
    }

    /**
     * Accepts a recompile that only moved lines, keeping the loaded class and the values it holds; anything
     * else is refused, and JShell loads the snippet as a new class.
     */
    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        for (ClassBytecodes changed : classes) {
            if (!loaded.sameCode(changed.name(), changed.bytecodes())) {
                throw new NotImplementedException("redefine");
            }
        }
    }

    private ClassBytecodes[] woven(ClassBytecodes[] classes) {
        String[] names = new String[classes.length];
        byte[][] bytes = new byte[classes.length][];
        for (int i = 0; i < classes.length; i++) {
            names[i] = classes[i].name();
            bytes[i] = classes[i].bytecodes();
        }
        byte[][] woven = weaver.weave(names, bytes);
        ClassBytecodes[] result = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            result[i] = new ClassBytecodes(names[i], woven[i]);
        }
        return result;
    }

    /** The value of the snippet that ran last, or null. */
    Object lastValue() {
        return lastValue;
    }

    void forgetLastValue() {
        lastValue = null;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        CellMainThread.Invocation invocation = mainThread.invoke(cell.get(), () -> doit.invoke(null));
        if (invocation == null) {
            throw new InvocationTargetException(new CellStoppedError());
        }
        if (invocation.failure() instanceof Exception e) {
            throw e;
        }
        if (invocation.failure() instanceof Error e) {
            throw e;
        }
        lastValue = invocation.value();
        return valueString(lastValue);
    }
}
