package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code %maven}, {@code %mavenRepo}, {@code %loadFromPOM}: Maven artifacts and their runtime dependencies,
 * resolved in the kernel JVM by one {@link MavenResolver} shared by the three, then put on the cells' class path.
 */
final class MavenMagic {

    private MavenMagic() {
    }

    static ExecuteOutcome addToClassPath(MavenResolver resolver, List<String> coordinates, MagicContext context) {
        List<java.nio.file.Path> jars;
        try {
            jars = resolver.resolve(coordinates);
        } catch (DependencyResolutionException | IllegalArgumentException e) {
            return Outcomes.failure("ResolutionError", "cannot resolve " + String.join(", ", coordinates) + ": "
                    + e.getMessage());
        }
        Optional<String> error = context.engine().addToClassPath(jars.stream().map(Path::toString).toList());
        if (error.isPresent()) {
            return Outcomes.failure("ClassPathError", error.get());
        }
        context.print("Added " + jars.size() + " jar" + (jars.size() == 1 ? "" : "s") + " to the class path:\n"
                + String.join("\n", jars.stream().map(jar -> "  " + jar.getFileName()).toList()) + "\n");
        return Outcomes.done();
    }

    static final class Artifact implements Magic {
        private final MavenResolver resolver;

        Artifact(MavenResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public MagicKind kind() {
            return MagicKind.LINE;
        }

        @Override
        public String name() {
            return "maven";
        }

        @Override
        public String usage() {
            return "%maven GROUP:ARTIFACT:VERSION...";
        }

        @Override
        public String summary() {
            return "Downloads Maven artifacts with their runtime dependencies and adds them to the class path.";
        }

        @Override
        public String details() {
            return "Repositories added with %mavenRepo are asked before Maven Central; jars are kept in ~/.m2/repository.";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            List<String> coordinates = CommandLine.split(call.args());
            if (coordinates.isEmpty()) {
                return Outcomes.usage(this, "no artifact given");
            }
            return addToClassPath(resolver, coordinates, context);
        }
    }

    static final class Repository implements Magic {
        private final MavenResolver resolver;

        Repository(MavenResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public MagicKind kind() {
            return MagicKind.LINE;
        }

        @Override
        public String name() {
            return "mavenRepo";
        }

        @Override
        public String usage() {
            return "%mavenRepo ID URL";
        }

        @Override
        public String summary() {
            return "Adds a Maven repository for %maven and %loadFromPOM (asked before Maven Central).";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            List<String> words = CommandLine.split(call.args());
            if (words.size() != 2) {
                return Outcomes.usage(this, "an id and a URL are needed");
            }
            resolver.addRepository(words.get(0), words.get(1));
            context.print("Maven repositories: " + String.join(", ", resolver.repositories()) + "\n");
            return Outcomes.done();
        }
    }

    static final class FromPom implements Magic {
        private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
        private final MavenResolver resolver;

        FromPom(MavenResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public MagicKind kind() {
            return MagicKind.LINE;
        }

        @Override
        public String name() {
            return "loadFromPOM";
        }

        @Override
        public String usage() {
            return "%loadFromPOM FILE";
        }

        @Override
        public String summary() {
            return "Puts the dependencies of a pom.xml (all but test and provided scope) on the class path.";
        }

        @Override
        public String details() {
            return "Its <repositories> are added as with %mavenRepo; versions may use the pom's own <properties>.";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            if (call.args().isBlank()) {
                return Outcomes.usage(this, "which pom.xml?");
            }
            Path file = Path.of(CommandLine.split(call.args()).getFirst());
            Model model;
            try (Reader reader = Files.newBufferedReader(file)) {
                model = new MavenXpp3Reader().read(reader);
            } catch (Exception e) {
                return Outcomes.failure("PomError", "cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
            }
            model.getRepositories().forEach(r -> resolver.addRepository(r.getId(), r.getUrl()));
            List<String> coordinates = new ArrayList<>();
            for (var dependency : model.getDependencies()) {
                String scope = dependency.getScope() == null ? "compile" : dependency.getScope();
                if (scope.equals("test") || scope.equals("provided") || scope.equals("system")) {
                    continue;
                }
                String type = dependency.getType() == null ? "jar" : dependency.getType();
                String classifier = dependency.getClassifier() == null ? "" : ":" + dependency.getClassifier();
                coordinates.add(dependency.getGroupId() + ":" + dependency.getArtifactId() + ":" + type + classifier
                        + ":" + interpolate(dependency.getVersion(), model));
            }
            if (coordinates.isEmpty()) {
                return Outcomes.failure("PomError", file + " has no dependencies to load");
            }
            return addToClassPath(resolver, coordinates, context);
        }

        private static String interpolate(String version, Model model) {
            if (version == null) {
                throw new IllegalArgumentException("a dependency without a version (managed versions are not supported)");
            }
            Matcher matcher = PROPERTY.matcher(version);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = matcher.group(1).equals("project.version") ? model.getVersion()
                        : model.getProperties().getProperty(matcher.group(1), matcher.group());
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            return matcher.appendTail(out).toString();
        }
    }
}
