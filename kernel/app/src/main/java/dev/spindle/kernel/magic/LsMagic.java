package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.MimeBundle;

import java.util.Map;

/** {@code %lsmagic}: the registry as text and as a Markdown table. */
final class LsMagic implements Magic {

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return "lsmagic";
    }

    @Override
    public String usage() {
        return "%lsmagic";
    }

    @Override
    public String summary() {
        return "Lists every magic with a one-line summary.";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        MagicRegistry registry = context.registry();
        StringBuilder text = new StringBuilder();
        text.append("Line magics: ").append(registry.spelledNames(MagicKind.LINE)).append('\n');
        text.append("Cell magics: ").append(registry.spelledNames(MagicKind.CELL)).append("\n\n");
        for (Magic magic : registry.magics()) {
            text.append(String.format("%-22s %s%n", magic.usage(), magic.summary()));
        }
        text.append("\n%help NAME shows more about one magic.");
        return Outcomes.value(new MimeBundle(Map.of("text/plain", text.toString(),
                "text/markdown", MagicDocs.markdownTable(registry)), Map.of()));
    }
}
