package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

/** {@code %maven}, {@code %mavenRepo}, {@code %loadFromPOM}: reserved names; dependency resolution is not built yet. */
final class MavenMagic {

    private MavenMagic() {
    }

    static ExecuteOutcome notYet(Magic magic) {
        return Outcomes.failure("NotAvailable", magic.usage() + " is not available yet in Spindle: download the jars"
                + " (for example with mvn dependency:copy-dependencies) and add them with %classpath folder/*.jar");
    }

    static final class Artifact implements Magic {
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
            return "%maven GROUP:ARTIFACT:VERSION";
        }

        @Override
        public String summary() {
            return "Not available yet: will resolve a Maven artifact and its dependencies onto the class path.";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            return notYet(this);
        }
    }

    static final class Repository implements Magic {
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
            return "Not available yet: will add a Maven repository for %maven.";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            return notYet(this);
        }
    }

    static final class FromPom implements Magic {
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
            return "Not available yet: will put the dependencies of a pom.xml on the class path.";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            return notYet(this);
        }
    }
}
