package dev.spindle.grader.sandbox;

/** The host's sandbox profile, probed once per grader process. */
public final class Sandbox {

    private static volatile SandboxProfile probed;

    private Sandbox() {}

    public static SandboxProfile profile() {
        SandboxProfile p = probed;
        if (p == null) {
            synchronized (Sandbox.class) {
                if (probed == null) {
                    probed = SandboxProfile.choose(HostProbe.probe(SandboxUids.probeUid()));
                }
                p = probed;
            }
        }
        return p;
    }

    /** For --require-sandbox: fails with a message naming every missing protection. */
    public static SandboxProfile requireComplete() {
        SandboxProfile p = profile();
        SandboxSummary summary = p.summary();
        if (!summary.complete()) {
            StringBuilder why = new StringBuilder("--require-sandbox: refusing to grade without the full sandbox.\nMissing: ");
            why.append(String.join(", ", summary.missing().stream().map(x -> x.label() + " (" + x.description() + ")").toList()));
            p.host().notes().forEach(n -> why.append("\n  ").append(n));
            throw new SandboxUnavailableException(why.toString());
        }
        return p;
    }
}
