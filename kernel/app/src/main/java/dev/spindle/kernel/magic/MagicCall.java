package dev.spindle.kernel.magic;

/** One use of a magic: {@code args} is the rest of its line, {@code body} the lines below a cell magic ("" for a line magic). */
public record MagicCall(MagicKind kind, String name, String args, String body) {

    public String spelled() {
        return kind.prefix() + name;
    }
}
