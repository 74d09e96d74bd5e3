package dev.spindle.kernel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelArgumentsTest {

    @Test
    void takesTheConnectionFileAfterDashF() {
        assertThat(KernelArguments.parse(List.of("-f", "/tmp/k.json")).connectionFile())
                .isEqualTo(Path.of("/tmp/k.json"));
        assertThat(KernelArguments.parse(List.of("-f=/tmp/k.json")).connectionFile())
                .isEqualTo(Path.of("/tmp/k.json"));
    }

    @Test
    void takesALonePathAsTheConnectionFile() {
        assertThat(KernelArguments.parse(List.of("/tmp/k.json")).connectionFile()).isEqualTo(Path.of("/tmp/k.json"));
    }

    @Test
    void explainsTheUsageWhenNoFileIsGiven() {
        assertThatThrownBy(() -> KernelArguments.parse(List.of())).hasMessageContaining("-f <connection file>");
    }

    @Test
    void watchesOnlyARealParentPid() {
        assertThat(ParentProcessWatch.parse("4242")).contains(4242L);
        assertThat(ParentProcessWatch.parse(null)).isEmpty();
        assertThat(ParentProcessWatch.parse("1")).isEmpty();
        assertThat(ParentProcessWatch.parse("abc")).isEmpty();
    }
}
