package dev.spindle.kernel.magic;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one list of magics. {@code %lsmagic}, {@code %help} and {@link MagicDocs} are generated from it. */
public record MagicRegistry(List<Magic> magics) {

    public MagicRegistry {
        magics = List.copyOf(magics);
    }

    /** Fresh instances: magics such as %mavenRepo keep per-kernel state. */
    public static MagicRegistry standard() {
        MavenResolver maven = new MavenResolver();
        return new MagicRegistry(List.of(
                new LsMagic(),
                new HelpMagic(),
                new TimeMagic.Line(),
                new TimeMagic.Cell(),
                new JvmCellMagic(),
                new ThreadsMagic(),
                new ClassPathMagic("classpath"),
                new ClassPathMagic("jars"),
                new LoadMagic(),
                new JvmOptsMagic(),
                new JavapMagic(),
                new BenchMagic(),
                new GradeMagic(),
                new MavenMagic.Artifact(maven),
                new MavenMagic.Repository(maven),
                new MavenMagic.FromPom(maven)));
    }

    public Optional<Magic> find(MagicKind kind, String name) {
        return magics.stream().filter(m -> m.kind() == kind && m.name().equals(name)).findFirst();
    }

    /** Every magic with this name, line and cell forms alike. */
    public List<Magic> named(String name) {
        return magics.stream().filter(m -> m.name().equals(name)).toList();
    }

    public List<Magic> ofKind(MagicKind kind) {
        return magics.stream().filter(m -> m.kind() == kind).toList();
    }

    public String spelledNames(MagicKind kind) {
        return ofKind(kind).stream().map(m -> kind.prefix() + m.name()).collect(Collectors.joining(" "));
    }

    public String unknownMessage(MagicCall call) {
        String hint = named(call.name()).isEmpty() ? ""
                : " (" + call.name() + " exists as " + named(call.name()).getFirst().kind().prefix() + call.name() + ")";
        return "unknown magic " + call.spelled() + hint + ". Line magics: " + spelledNames(MagicKind.LINE)
                + ". Cell magics: " + spelledNames(MagicKind.CELL) + ".";
    }
}
