package dev.spindle.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed arguments of {@code spindle grade …}: a command, its positional arguments and options. */
record CommandLine(String command, List<String> arguments, boolean hidden, Optional<Path> json, String format,
                   Optional<Path> exercises) {

    static CommandLine parse(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean hidden = false;
        Optional<Path> json = Optional.empty();
        Optional<Path> exercises = Optional.empty();
        String format = "text";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--hidden" -> hidden = true;
                case "--json" -> json = Optional.of(Path.of(value(args, ++i, a)));
                case "--exercises" -> exercises = Optional.of(Path.of(value(args, ++i, a)));
                case "--format" -> format = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--format=")) {
                        format = a.substring("--format=".length());
                    } else if (a.startsWith("--json=")) {
                        json = Optional.of(Path.of(a.substring("--json=".length())));
                    } else if (a.startsWith("--exercises=")) {
                        exercises = Optional.of(Path.of(a.substring("--exercises=".length())));
                    } else if (a.startsWith("--")) {
                        throw new UsageException("Unknown option " + a);
                    } else {
                        positional.add(a);
                    }
                }
            }
        }
        if (!List.of("text", "html", "json").contains(format)) {
            throw new UsageException("--format must be text, html or json");
        }
        if (positional.isEmpty()) {
            throw new UsageException("");
        }
        return new CommandLine(positional.getFirst(), positional.subList(1, positional.size()), hidden, json, format,
                exercises);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
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
