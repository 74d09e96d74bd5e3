package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

import java.util.regex.Pattern;

/** {@code %javap CLASS}: the bytecode of a class from a cell or the JDK, printed in the engine. */
final class JavapMagic implements Magic {

    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return "javap";
    }

    @Override
    public String usage() {
        return "%javap CLASS";
    }

    @Override
    public String summary() {
        return "Prints the fields, methods and bytecode instructions of a class defined in a cell or in the JDK.";
    }

    @Override
    public String details() {
        return """
                CLASS is resolved as cell code would resolve it: Counter, java.util.ArrayList, Map.Entry.
                Classes from cells show the bytecode as loaded, including the kernel's interrupt checks in loops.""";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        String name = call.args().strip();
        if (!CLASS_NAME.matcher(name).matches()) {
            return Outcomes.usage(this, name.isEmpty() ? "which class?" : "'" + name + "' is not a class name");
        }
        return context.runJava("System.out.print(dev.spindle.runtime.tools.Javap.of(" + name + ".class));");
    }
}
