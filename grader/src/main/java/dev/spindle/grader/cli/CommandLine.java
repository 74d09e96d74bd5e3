package dev.spindle.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed arguments of {@code spindle grade …}: a command, its positional arguments and options. */
record CommandLine(String command, List<String> arguments, Map<String, String> options, Set<String> flags) {

    private static final Set<String> VALUE_OPTIONS = Set.of("--json", "--exercises", "--format", "--out", "--jobs",
            "--db", "--gradescope", "--rounds", "--repeat");
    private static final Set<String> FLAGS = Set.of("--hidden", "--require-sandbox", "--regrade");

    static CommandLine parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (FLAGS.contains(a)) {
                flags.add(a);
            } else if (VALUE_OPTIONS.contains(name)) {
                options.put(name, eq > 0 && a.startsWith("--") ? a.substring(eq + 1) : value(args, ++i, a));
            } else if (a.startsWith("--")) {
                throw new UsageException("Unknown option " + a);
            } else {
                positional.add(a);
            }
        }
        if (!List.of("text", "html", "json").contains(options.getOrDefault("--format", "text"))) {
            throw new UsageException("--format must be text, html or json");
        }
        if (positional.isEmpty()) {
            throw new UsageException("");
        }
        return new CommandLine(positional.getFirst(), positional.subList(1, positional.size()), options, flags);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    boolean hidden() {
        return flags.contains("--hidden");
    }

    boolean requireSandbox() {
        return flags.contains("--require-sandbox");
    }

    boolean regrade() {
        return flags.contains("--regrade");
    }

    String format() {
        return options.getOrDefault("--format", "text");
    }

    Optional<Path> json() {
        return path("--json");
    }

    Optional<Path> exercises() {
        return path("--exercises");
    }

    Optional<Path> path(String option) {
        return Optional.ofNullable(options.get(option)).map(Path::of);
    }

    Optional<String> option(String option) {
        return Optional.ofNullable(options.get(option));
    }

    int number(String option, int fallback) {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a positive number, not " + value);
        }
    }

    String argument(int index, String name) {
        if (index >= arguments.size()) {
            throw new UsageException(command + " needs " + name);
        }
        return arguments.get(index);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
