package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

import java.util.List;

/** {@code %%bench}: times the cell body in the engine with the runtime's MicroBench loop. */
final class BenchMagic implements Magic {

    static final long DEFAULT_WARM_UP_MILLIS = 500;
    static final int DEFAULT_BATCHES = 30;

    @Override
    public MagicKind kind() {
        return MagicKind.CELL;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "%%bench [--warmup=MS] [--batches=N]";
    }

    @Override
    public String summary() {
        return "Micro-benchmarks the cell body: warm-up, then median, p10 and p90 time per run.";
    }

    @Override
    public String details() {
        return """
                The body runs as the body of a lambda, many times: it may use variables of earlier cells
                (effectively final ones) but not assign them. An expression's value is discarded; to keep
                the JIT from removing work, store results in a field or an array of an earlier cell.""";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        long warmUp = DEFAULT_WARM_UP_MILLIS;
        int batches = DEFAULT_BATCHES;
        try {
            for (String arg : CommandLine.split(call.args())) {
                if (arg.startsWith("--warmup=")) {
                    warmUp = Long.parseLong(arg.substring("--warmup=".length()));
                } else if (arg.startsWith("--batches=")) {
                    batches = Integer.parseInt(arg.substring("--batches=".length()));
                } else {
                    return Outcomes.usage(this, "unknown option " + arg);
                }
            }
        } catch (NumberFormatException e) {
            return Outcomes.usage(this, "not a number: " + e.getMessage());
        }
        if (call.body().isBlank() || batches < 1 || warmUp < 0) {
            return Outcomes.usage(this, call.body().isBlank() ? "nothing to benchmark" : "bad option value");
        }
        return context.runJava(snippet(call.body(), warmUp, batches));
    }

    static String snippet(String body, long warmUpMillis, int batches) {
        String statements = body.strip();
        if (!statements.endsWith(";") && !statements.endsWith("}")) {
            // a lone expression: keep its value alive in a local so it is a statement
            statements = "var spindleBenchValue = " + statements + ";";
        }
        return String.join("\n", List.of(
                "System.out.println(dev.spindle.runtime.tools.MicroBench.run(() -> {",
                statements,
                "}, " + warmUpMillis + "L, " + batches + "));"));
    }
}
