package dev.spindle.kernel.app;

import java.nio.file.Path;
import java.util.List;

/** The command line: {@code -f connection.json}, {@code -f=connection.json} or just the path. */
record KernelArguments(Path connectionFile) {

    static KernelArguments parse(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("-f") || arg.equals("--f")) && i + 1 < args.size()) {
                return new KernelArguments(Path.of(args.get(i + 1)));
            }
            if (arg.startsWith("-f=") || arg.startsWith("--f=")) {
                return new KernelArguments(Path.of(arg.substring(arg.indexOf('=') + 1)));
            }
        }
        if (args.size() == 1 && !args.getFirst().startsWith("-")) {
            return new KernelArguments(Path.of(args.getFirst()));
        }
        throw new IllegalArgumentException("usage: KernelMain -f <connection file> (got " + args + ")");
    }
}
