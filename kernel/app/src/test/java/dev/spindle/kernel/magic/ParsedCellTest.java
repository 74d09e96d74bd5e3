package dev.spindle.kernel.magic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedCellTest {

    @Test
    void plainJavaHasNoMagics() {
        ParsedCell cell = ParsedCell.parse("int x = 5 % 3;\nx");
        assertThat(cell.hasMagics()).isFalse();
        assertThat(cell.javaCode()).isEqualTo("int x = 5 % 3;\nx");
    }

    @Test
    void leadingLineMagicsRunBeforeTheRestOfTheCell() {
        ParsedCell cell = ParsedCell.parse("\n%classpath lib/*.jar  other.jar\n%time  1 + 1\nint y = 2;\ny");
        assertThat(cell.lineMagics()).containsExactly(
                new MagicCall(MagicKind.LINE, "classpath", "lib/*.jar  other.jar", ""),
                new MagicCall(MagicKind.LINE, "time", "1 + 1", ""));
        assertThat(cell.cellMagic()).isEmpty();
        assertThat(cell.javaCode()).isEqualTo("int y = 2;\ny");
    }

    @Test
    void aCellMagicOwnsTheWholeCell() {
        ParsedCell cell = ParsedCell.parse("// demo\n%%jvm --enable-preview -Dx=1\nSystem.out.println(1);\n%not a magic here");
        assertThat(cell.lineMagics()).isEmpty();
        assertThat(cell.cellMagic()).contains(new MagicCall(MagicKind.CELL, "jvm", "--enable-preview -Dx=1",
                "System.out.println(1);\n%not a magic here"));
        assertThat(cell.javaCode()).isEmpty();
    }

    @Test
    void aMagicWithoutArgumentsHasEmptyArgs() {
        assertThat(ParsedCell.parse("%lsmagic").lineMagics()).containsExactly(new MagicCall(MagicKind.LINE, "lsmagic", "", ""));
        assertThat(ParsedCell.parse("%%time").cellMagic()).contains(new MagicCall(MagicKind.CELL, "time", "", ""));
    }

    @Test
    void percentLaterInTheCellIsJava() {
        ParsedCell cell = ParsedCell.parse("int a = 7;\n%time a");
        assertThat(cell.hasMagics()).isFalse();
    }

    @Test
    void argumentsSplitLikeAShell() {
        assertThat(CommandLine.split(" -Da=\"x y\" --flag 'q r'  plain"))
                .containsExactly("-Da=x y", "--flag", "q r", "plain");
        assertThat(CommandLine.split("   ")).isEmpty();
    }
}
