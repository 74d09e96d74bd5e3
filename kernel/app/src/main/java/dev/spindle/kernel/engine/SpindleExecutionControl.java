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
 * Runs snippets in this JVM, each on a fresh platform thread of the user thread group bound to the current
 * cell, with stop checks woven into every class it loads. Keeps the last value as an object, so the result
 * can offer richer MIME types than JShell's string.
 */
final class SpindleExecutionControl extends DirectExecutionControl {

    private final StopCheckWeaver weaver = new StopCheckWeaver();
    private final UserThreads userThreads;
    private final Supplier<CellRun> cell;
    private volatile Object lastValue;

    /** {@code cell}: the cell being evaluated (never null; warm-up runs as a cell of its own). */
    SpindleExecutionControl(UserThreads userThreads, Supplier<CellRun> cell) {
        this.userThreads = userThreads;
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
    }

    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.redefine(woven(classes));
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
        Object[] value = new Object[1];
        Throwable[] failure = new Throwable[1];
        CellRun run = cell.get();
        Thread thread = userThreads.newCellThread(run.context(), () -> {
            try {
                value[0] = doit.invoke(null);
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        if (StopSignal.isRaised() || !run.start(thread)) {
            throw new InvocationTargetException(new CellStoppedError());
        }
        thread.join();
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        lastValue = value[0];
        return valueString(value[0]);
    }
}
