package dev.spindle.kernel.magic;

import dev.spindle.kernel.bridge.EngineInterpreter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static dev.spindle.kernel.magic.MagicInterpreterIT.failure;
import static dev.spindle.kernel.magic.MagicInterpreterIT.plain;
import static dev.spindle.kernel.magic.MagicInterpreterIT.run;
import static org.assertj.core.api.Assertions.assertThat;

/** %maven and %loadFromPOM against a file repository made here (no network): greeter 1.0 needs words 1.0. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MavenMagicIT {

    @TempDir
    static Path folder;
    private static MagicInterpreter kernel;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty(MavenResolver.LOCAL_REPOSITORY_PROPERTY, folder.resolve("local").toString());
        Path remote = folder.resolve("remote");
        publish(remote, "words", "package demo.words; public class Words { public static String hi() { return \"hi\"; } }",
                "demo/words/Words.java", "");
        publish(remote, "greeter", "package demo.greeter; public class Greeter { public static String greet(String who) {"
                        + " return demo.words.Words.hi() + \" \" + who; } }", "demo/greeter/Greeter.java",
                "<dependencies><dependency><groupId>demo</groupId><artifactId>words</artifactId><version>1.0</version>"
                        + "</dependency></dependencies>");
        kernel = new MagicInterpreter(MagicInterpreterIT.settings(), EngineInterpreter::new, MagicRegistry.standard());
    }

    @AfterAll
    static void stop() {
        kernel.close();
        System.clearProperty(MavenResolver.LOCAL_REPOSITORY_PROPERTY);
    }

    @Test
    void mavenResolvesAnArtifactWithItsDependenciesOntoTheClassPath() {
        RecordingOutput output = new RecordingOutput();
        plain(run(kernel, "%mavenRepo demo " + folder.resolve("remote").toUri() + "\n%maven demo:greeter:1.0", output));
        assertThat(output.stdout()).contains("Added 2 jars").contains("greeter-1.0.jar").contains("words-1.0.jar");
        assertThat(plain(run(kernel, "demo.greeter.Greeter.greet(\"class\")", new RecordingOutput()))).isEqualTo("\"hi class\"");
    }

    @Test
    void loadFromPomTakesTheDependenciesAndRepositoriesOfAPom() throws IOException {
        Path pom = folder.resolve("pom.xml");
        Files.writeString(pom, """
                <project><modelVersion>4.0.0</modelVersion><groupId>me</groupId><artifactId>notebook</artifactId><version>1</version>
                <properties><words.version>1.0</words.version></properties>
                <repositories><repository><id>demo</id><url>%s</url></repository></repositories>
                <dependencies>
                  <dependency><groupId>demo</groupId><artifactId>words</artifactId><version>${words.version}</version></dependency>
                  <dependency><groupId>demo</groupId><artifactId>absent</artifactId><version>9</version><scope>test</scope></dependency>
                </dependencies></project>
                """.formatted(folder.resolve("remote").toUri()));
        RecordingOutput output = new RecordingOutput();
        plain(run(kernel, "%loadFromPOM " + pom, output));
        assertThat(output.stdout()).contains("Added 1 jar").contains("words-1.0.jar");
        assertThat(plain(run(kernel, "demo.words.Words.hi()", new RecordingOutput()))).isEqualTo("\"hi\"");
    }

    @Test
    void anArtifactThatIsNowhereIsAClearError() {
        assertThat(failure(run(kernel, "%mavenRepo demo " + folder.resolve("remote").toUri() + "\n%maven demo:nowhere:1.0",
                new RecordingOutput())).evalue()).contains("cannot resolve demo:nowhere:1.0");
    }

    /** Lays out demo:NAME:1.0 (jar and pom) in a Maven repository folder. */
    private static void publish(Path repository, String name, String source, String sourcePath, String dependencies)
            throws IOException {
        Path sources = folder.resolve("src-" + name);
        Path file = sources.resolve(sourcePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = folder.resolve("classes-" + name);
        String classPath = folder.resolve("classes-words").toString();
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", classPath, "-d", classes.toString(),
                file.toString())).isZero();
        Path target = repository.resolve("demo").resolve(name).resolve("1.0");
        Files.createDirectories(target);
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target.resolve(name + "-1.0.jar")));
             var walk = Files.walk(classes)) {
            for (Path classFile : walk.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(classFile));
                jar.closeEntry();
            }
        }
        Files.writeString(target.resolve(name + "-1.0.pom"), "<project><modelVersion>4.0.0</modelVersion><groupId>demo</groupId>"
                + "<artifactId>" + name + "</artifactId><version>1.0</version>" + dependencies + "</project>");
    }
}
