package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.InterruptCheck;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MagicRegistryTest {

    private final MagicRegistry registry = MagicRegistry.standard();

    private ExecuteOutcome run(String line) {
        ParsedCell cell = ParsedCell.parse(line);
        MagicCall call = cell.cellMagic().orElseGet(() -> cell.lineMagics().getFirst());
        MagicContext context = new MagicContext(new ExecuteOptions(line, 1, false, true, true, Map.of(), InterruptCheck.NEVER),
                new RecordingOutput(), null, registry, new CellHistory(), new ChildProcesses());
        return registry.find(call.kind(), call.name()).orElseThrow().run(call, context);
    }

    private static String plain(ExecuteOutcome outcome) {
        assertThat(outcome).isInstanceOf(ExecuteOutcome.Success.class);
        MimeBundle result = ((ExecuteOutcome.Success) outcome).result();
        return (String) result.data().get("text/plain");
    }

    @Test
    void everyMagicHasAUniqueNamePerKind() {
        assertThat(registry.magics().stream().map(m -> m.kind() + m.name()).distinct().count())
                .isEqualTo(registry.magics().size());
        registry.magics().forEach(m -> assertThat(m.usage()).startsWith(m.kind().prefix() + m.name()));
    }

    @Test
    void lsmagicListsEveryRegisteredMagic() {
        String text = plain(run("%lsmagic"));
        for (Magic magic : registry.magics()) {
            assertThat(text).contains(magic.usage()).contains(magic.summary());
        }
        assertThat(text).contains("Cell magics: %%time %%jvm %%bench");
    }

    @Test
    void helpShowsTheLineAndCellFormsOfAName() {
        String text = plain(run("%help %time"));
        assertThat(text).contains("%time STATEMENT").contains("%%time").contains("CPU time");
    }

    @Test
    void helpForAnUnknownNameListsTheKnownOnes() {
        ExecuteOutcome.Failure failure = (ExecuteOutcome.Failure) run("%help nosuch");
        assertThat(failure.evalue()).contains("unknown magic %nosuch").contains("%lsmagic").contains("%%jvm");
    }

    @Test
    void unknownMessageSaysWhenTheOtherKindExists() {
        assertThat(registry.unknownMessage(new MagicCall(MagicKind.LINE, "jvm", "", "")))
                .contains("unknown magic %jvm (jvm exists as %%jvm)");
    }

    @Test
    void theDocsPageIsGeneratedFromTheSameList() {
        String page = MagicDocs.page(registry);
        registry.magics().forEach(m -> assertThat(page).contains("## `" + m.usage() + "`"));
    }

    @Test
    void mavenRepoNeedsAnIdAndAUrl() {
        assertThat(((ExecuteOutcome.Failure) run("%mavenRepo only-an-id")).evalue()).contains("usage: %mavenRepo ID URL");
    }
}
