package dev.spindle.kernel.magic;

/** A line magic ({@code %name args}) acts on one line; a cell magic ({@code %%name args}) owns the whole cell. */
public enum MagicKind {
    LINE("%"), CELL("%%");

    private final String prefix;

    MagicKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
