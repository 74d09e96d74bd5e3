package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.MimeBundle;

import java.util.List;

/** {@code %help NAME}: usage, summary and details of the line and cell magics called NAME. */
final class HelpMagic implements Magic {

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "%help NAME";
    }

    @Override
    public String summary() {
        return "Shows how to use one magic (NAME with or without % or %%).";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        String name = call.args().replaceFirst("^%+", "").strip();
        if (name.isEmpty()) {
            return Outcomes.usage(this, "which magic?");
        }
        List<Magic> found = context.registry().named(name);
        if (found.isEmpty()) {
            return Outcomes.failure("UnknownMagic", context.registry().unknownMessage(
                    new MagicCall(MagicKind.LINE, name, "", "")));
        }
        StringBuilder text = new StringBuilder();
        for (Magic magic : found) {
            text.append(magic.usage()).append("\n    ").append(magic.summary()).append('\n');
            if (!magic.details().isBlank()) {
                magic.details().lines().forEach(line -> text.append("    ").append(line).append('\n'));
            }
        }
        return Outcomes.value(MimeBundle.text(text.toString().stripTrailing()));
    }
}
