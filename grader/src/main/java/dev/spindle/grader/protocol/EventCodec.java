package dev.spindle.grader.protocol;

import dev.spindle.grader.protocol.ChildEvent.ExitCalled;
import dev.spindle.grader.protocol.ChildEvent.Outcome;
import dev.spindle.grader.protocol.ChildEvent.PlanReady;
import dev.spindle.grader.protocol.ChildEvent.RunFinished;
import dev.spindle.grader.protocol.ChildEvent.TestFinished;
import dev.spindle.grader.protocol.ChildEvent.TestStarted;
import dev.spindle.grader.protocol.ChildEvent.ThreadLimitReached;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One event per line: a type word, then tab-separated fields with backslash, tab and line breaks escaped.
 * Hand-written so the child needs no JSON library before student code runs.
 */
public final class EventCodec {

    private EventCodec() {}

    public static String encode(ChildEvent event) {
        return switch (event) {
            case PlanReady p -> line("PLAN", String.join("\u001f", p.testKeys()));
            case TestStarted s -> line("START", s.testKey(), s.invocation());
            case TestFinished f -> line("FINISH", f.testKey(), f.invocation(), f.outcome().name(), f.message(), f.output(),
                    Long.toString(f.elapsedMillis()));
            case ExitCalled e -> line("EXIT", e.caller());
            case ThreadLimitReached t -> line("THREADS", Integer.toString(t.liveThreads()), Integer.toString(t.limit()), t.sample());
            case ChildEvent.Tampering t -> line("TAMPER", t.detail());
            case ChildEvent.RepetitionStarted r -> line("REPEAT", Integer.toString(r.repetition()), Integer.toString(r.of()));
            case RunFinished r -> line("DONE");
        };
    }

    /** Lines that do not parse are dropped: the channel is authenticated, so they can only be our own bugs. */
    public static Optional<ChildEvent> decode(String line) {
        List<String> f = split(line);
        try {
            return Optional.of(switch (f.getFirst()) {
                case "PLAN" -> new PlanReady(f.get(1).isEmpty() ? List.of() : Arrays.asList(f.get(1).split("\u001f")));
                case "START" -> new TestStarted(f.get(1), f.get(2));
                case "FINISH" -> new TestFinished(f.get(1), f.get(2), Outcome.valueOf(f.get(3)), f.get(4), f.get(5),
                        Long.parseLong(f.get(6)));
                case "EXIT" -> new ExitCalled(f.get(1));
                case "THREADS" -> new ThreadLimitReached(Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)), f.get(3));
                case "TAMPER" -> new ChildEvent.Tampering(f.get(1));
                case "REPEAT" -> new ChildEvent.RepetitionStarted(Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)));
                case "DONE" -> new RunFinished();
                default -> throw new IllegalArgumentException(f.getFirst());
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String line(String type, String... fields) {
        StringBuilder out = new StringBuilder(type);
        for (String field : fields) {
            out.append('\t');
            escape(field == null ? "" : field, out);
        }
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(current.toString());
                current.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                current.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
