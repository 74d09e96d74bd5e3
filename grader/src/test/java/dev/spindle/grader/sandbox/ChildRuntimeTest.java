package dev.spindle.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildRuntimeTest {

    @TempDir
    Path tmp;

    private Path runtime(String name, Duration age) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("00-classes.jar"), "x");
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(age)));
        return dir;
    }

    @Test
    void pruningRemovesOnlyRuntimesNobodyStagedLately() throws IOException {
        Path current = runtime("spindle-child-runtime-current", Duration.ofDays(30));
        runtime("spindle-child-runtime-old", Duration.ofDays(3));
        runtime("spindle-child-runtime-tmp-abandoned", Duration.ofDays(5));
        runtime("spindle-child-runtime-recent", Duration.ofHours(5));
        runtime("someone-elses-folder", Duration.ofDays(30));

        ChildRuntime.pruneStale(tmp, current, Duration.ofDays(2));

        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.of(
                    "someone-elses-folder", "spindle-child-runtime-current", "spindle-child-runtime-recent"));
        }
    }

    @Test
    void stagingTouchesItsFolderSoARuntimeInUseIsNeverStale() throws IOException {
        Path jar = Files.writeString(tmp.resolve("lib.jar"), "jar");
        ChildRuntime runtime = ChildRuntime.stage(List.of(jar));
        Files.setLastModifiedTime(runtime.root(), FileTime.from(Instant.now().minus(Duration.ofDays(9))));

        ChildRuntime again = ChildRuntime.stage(List.of(jar));

        try {
            assertThat(again.root()).isEqualTo(runtime.root());
            assertThat(Files.getLastModifiedTime(again.root()).toInstant()).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
            assertThat(again.classpath()).allMatch(Files::exists);
        } finally {
            ChildRuntime.deleteTree(again.root());
        }
    }
}
