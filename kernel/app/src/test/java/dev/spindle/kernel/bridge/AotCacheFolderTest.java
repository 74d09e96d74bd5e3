package dev.spindle.kernel.bridge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AotCacheFolderTest {

    @TempDir
    Path dir;

    private Path file(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void keepsTheNewestCachesAndTheCurrentOne() throws IOException {
        Path current = file("engine-25-cur.aot", Duration.ofDays(9));
        for (int day = 1; day <= 5; day++) {
            file("engine-25-old" + day + ".aot", Duration.ofDays(day));
        }
        file("engine-25-old5.aot.log", Duration.ofDays(5));
        file("notes.txt", Duration.ofDays(30));

        new AotCacheFolder(dir).prune(current, 3, Duration.ofMinutes(10));

        assertThat(names()).containsExactly("engine-25-cur.aot", "engine-25-old1.aot", "engine-25-old2.aot", "notes.txt");
    }

    @Test
    void removesWhatADeadTrainingLeftBehindButNotALiveOne() throws IOException {
        Path current = file("engine-25-cur.aot", Duration.ZERO);
        Files.writeString(dir.resolve("engine-25-dead.aot.training"), "999999999");
        file("engine-25-dead.aot.partial", Duration.ZERO);
        file("engine-25-dead.aot.partial.config", Duration.ZERO);
        Files.writeString(dir.resolve("engine-25-live.aot.training"), Long.toString(ProcessHandle.current().pid()));
        file("engine-25-live.aot.partial", Duration.ZERO);

        new AotCacheFolder(dir).prune(current, 4, Duration.ofMinutes(10));

        assertThat(names()).containsExactly("engine-25-cur.aot", "engine-25-live.aot.partial",
                "engine-25-live.aot.training");
    }

    @Test
    void aLockIsStaleWhenItsProcessIsGoneOrItIsOld() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.training"), Long.toString(ProcessHandle.current().pid()));
        Path gone = Files.writeString(dir.resolve("gone.training"), "999999999");
        Path torn = Files.writeString(dir.resolve("torn.training"), "");
        Path old = Files.writeString(dir.resolve("old.training"), Long.toString(ProcessHandle.current().pid()));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        assertThat(AotCacheFolder.isStaleLock(mine, Duration.ofMinutes(10))).isFalse();
        assertThat(AotCacheFolder.isStaleLock(gone, Duration.ofMinutes(10))).isTrue();
        assertThat(AotCacheFolder.isStaleLock(torn, Duration.ofMinutes(10))).isTrue();
        assertThat(AotCacheFolder.isStaleLock(old, Duration.ofMinutes(10))).isTrue();
        assertThat(AotCacheFolder.isStaleLock(dir.resolve("absent"), Duration.ofMinutes(10))).isFalse();
    }
}
