package dev.spindle.kernel.bridge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.spindle.kernel.bridge.Engines.plain;
import static dev.spindle.kernel.bridge.Engines.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AotCacheIT {

    @Test
    void aTrainedCacheIsUsedByTheNextEngine(@TempDir Path dir) {
        EngineSettings settings = EngineSettings.fromEnvironment().withAotCache(dir, false);
        assumeTrue(settings.aotCache().isPresent(), "the class path holds a directory: the JDK cannot cache it");
        AotCache cache = settings.aotCache().orElseThrow();
        assertThat(new AotTraining(settings, cache, System.err).run()).isTrue();
        assertThat(new EngineLauncher(settings, System.err).command(dir.resolve("socket")))
                .contains("-XX:AOTCache=" + cache.file());
        try (EngineInterpreter engine = new EngineInterpreter(settings)) {
            assertThat(plain(run(engine, "1 + 1"))).isEqualTo("2");
        }
    }

    @Test
    void aChangedOptionMeansAnotherCacheFile(@TempDir Path dir) {
        EngineSettings settings = EngineSettings.fromEnvironment().withAotCache(dir, false);
        assumeTrue(settings.aotCache().isPresent());
        assertThat(settings.withJvmOptions(List.of("-Xmx300m")).aotCache()).isNotEqualTo(settings.aotCache());
    }
}
