package dev.spindle.kernel.magic;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MagicDocsTest {

    /** Regenerate with: java -cp kernel/app/target/classes dev.spindle.kernel.magic.MagicDocs kernel/MAGICS.md */
    @Test
    void theCommittedMagicsPageMatchesTheRegistry() throws Exception {
        Path page = Path.of("../MAGICS.md");
        assertThat(Files.readString(page)).as("kernel/MAGICS.md is stale: regenerate it with MagicDocs")
                .isEqualTo(MagicDocs.page(MagicRegistry.standard()));
    }
}
