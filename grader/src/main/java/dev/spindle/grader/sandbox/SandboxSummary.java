package dev.spindle.grader.sandbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which protections a graded run had, for every report to state. */
public record SandboxSummary(String isolation, Set<Protection> active) {

    public SandboxSummary {
        active = active.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(active));
    }

    public static SandboxSummary none(String why) {
        return new SandboxSummary("none (" + why + ")", Set.of());
    }

    public List<Protection> missing() {
        return EnumSet.allOf(Protection.class).stream().filter(p -> !active.contains(p)).toList();
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** One line: "Sandbox: bubblewrap (user namespace); active: …; missing: …". */
    public String describe() {
        String on = EnumSet.allOf(Protection.class).stream().filter(active::contains).map(Protection::label)
                .collect(Collectors.joining(", "));
        String off = missing().stream().map(Protection::label).collect(Collectors.joining(", "));
        return "Sandbox: " + isolation + "; active: " + (on.isEmpty() ? "none" : on)
                + (off.isEmpty() ? "" : "; missing: " + off);
    }
}
