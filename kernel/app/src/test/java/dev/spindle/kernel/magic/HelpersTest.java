package dev.spindle.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HelpersTest {

    @Test
    void bareStatementsAreWrappedInMainWithTheirImportsLifted() {
        StandaloneSource source = StandaloneSource.of("import java.util.HexFormat;\nSystem.out.println(1);");
        assertThat(source.text()).contains("import java.util.HexFormat;\npublic class Main {")
                .contains("public static void main(String[] args) throws Throwable {\nSystem.out.println(1);");
    }

    @Test
    void aCellWithMainRunsAsWritten() {
        String program = "class App { public static void main(String[] a) { } }";
        assertThat(StandaloneSource.of(program).text()).isEqualTo(program);
        assertThat(StandaloneSource.of("void main() { IO.println(1); }").text()).isEqualTo("void main() { IO.println(1); }");
    }

    @Test
    void theLatestVersionOfEachSolutionCellIsKeptInFirstRunOrder() {
        String first = "// spindle:solution Counter.java\npublic class Counter { int v; }";
        String helper = "// spindle:solution Counter.java\nclass Helper {}";
        String edited = "// spindle:solution Counter.java\npublic class Counter { int value; }";
        String other = "int scratch = 1;";
        assertThat(SolutionCells.latest(List.of(first, other, helper, edited))).containsExactly(edited, helper);
    }

    @Test
    void notebookJsonHasOneCodeCellPerSolutionCell() throws Exception {
        String json = GradeMagic.notebookJson(List.of("// spindle:solution A.java\nclass A {}"));
        assertThat(json).contains("\"cell_type\" : \"code\"").contains("\"nbformat\" : 4")
                .contains("// spindle:solution A.java\\nclass A {}");
    }

    @Test
    void benchWrapsALoneExpressionAsAStatement() {
        assertThat(BenchMagic.snippet("Math.sqrt(2)", 10, 3)).contains("var spindleBenchValue = Math.sqrt(2);")
                .contains("}, 10L, 3));");
    }
}
