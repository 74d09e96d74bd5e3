package dev.spindle.kernel.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpQueryTest {

    @Test
    void recognisesANameFollowedByOneOrTwoQuestionMarks() {
        assertThat(HelpQuery.parse("Math.max?")).contains(new HelpQuery("Math.max", 0));
        assertThat(HelpQuery.parse("  String?? \n")).contains(new HelpQuery("String", 1));
    }

    @Test
    void leavesRealCodeAlone() {
        assertThat(HelpQuery.parse("x > 0 ? 1 : 2")).isEmpty();
        assertThat(HelpQuery.parse("int a = 1;\nMath.max?")).isEmpty();
        assertThat(HelpQuery.parse("?")).isEmpty();
        assertThat(HelpQuery.parse("a???")).isEmpty();
        assertThat(HelpQuery.parse("")).isEmpty();
    }
}
