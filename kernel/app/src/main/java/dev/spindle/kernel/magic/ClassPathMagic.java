package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code %classpath PATH...} (and {@code %jars}, IJava's name for it): adds jars and class folders to the
 * class path of later cells. {@code lib/*.jar} or {@code lib/*} adds every jar of a folder.
 */
final class ClassPathMagic implements Magic {

    private final String name;

    ClassPathMagic(String name) {
        this.name = name;
    }

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return "%" + name + " PATH...";
    }

    @Override
    public String summary() {
        return name.equals("classpath")
                ? "Adds jars or class folders (folder/*.jar for all jars in a folder) to the class path of later cells."
                : "The same as %classpath (IJava's name for it).";
    }

    @Override
    public String details() {
        return "Relative paths start at the kernel's working folder (the notebook's folder). ~ is your home.";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        List<String> words = CommandLine.split(call.args());
        if (words.isEmpty()) {
            return Outcomes.usage(this, "no path given");
        }
        List<String> entries = new ArrayList<>();
        for (String word : words) {
            try {
                List<Path> found = expand(word);
                if (found.isEmpty()) {
                    return Outcomes.failure("FileNotFound", "nothing found at " + word);
                }
                found.forEach(path -> entries.add(path.toAbsolutePath().normalize().toString()));
            } catch (IOException e) {
                return Outcomes.failure("FileNotFound", "cannot read " + word + ": " + e.getMessage());
            }
        }
        Optional<String> error = context.engine().addToClassPath(entries);
        if (error.isPresent()) {
            return Outcomes.failure("ClassPathError", error.get());
        }
        context.print("Added to the class path:\n" + String.join("\n", entries.stream().map(e -> "  " + e).toList()) + "\n");
        return Outcomes.done();
    }

    static List<Path> expand(String word) throws IOException {
        String path = word.startsWith("~/") ? System.getProperty("user.home") + word.substring(1) : word;
        if (path.endsWith("*.jar") || path.endsWith("/*") || path.equals("*")) {
            Path folder = Path.of(path).getParent() == null ? Path.of(".") : Path.of(path).getParent();
            List<Path> jars = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
                stream.forEach(jars::add);
            }
            jars.sort(null);
            return jars;
        }
        Path single = Path.of(path);
        return Files.exists(single) ? List.of(single) : List.of();
    }
}
