package dev.spindle.kernel.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PendingTextTest {

    private static void write(PendingText pending, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        pending.append(bytes, 0, bytes.length);
    }

    @Test
    void roundsSendWholeLinesAndHoldAPartialLineForOneRound() {
        PendingText pending = new PendingText(1024);
        write(pending, "hello, world");
        assertThat(pending.take(false)).isNull();
        write(pending, "\nnext");
        assertThat(pending.take(false)).isEqualTo("hello, world\n");
        assertThat(pending.take(false)).isEqualTo("next");
        assertThat(pending.take(false)).isNull();
    }

    @Test
    void theEndOfACellTakesEverything() {
        PendingText pending = new PendingText(1024);
        write(pending, "a\nprompt: ");
        assertThat(pending.take(true)).isEqualTo("a\nprompt: ");
        assertThat(pending.take(true)).isNull();
    }

    @Test
    void aFloodKeepsTheNewestLinesAndSaysHowManyWereDropped() {
        PendingText pending = new PendingText(100);
        for (int i = 0; i < 1000; i++) {
            write(pending, "line " + i + "\n");
        }
        String text = pending.take(true);
        assertThat(text).contains("lines of output were dropped").endsWith("line 998\nline 999\n");
        assertThat(text.length()).isLessThan(300);
    }

    @Test
    void neverSplitsACharacterAcrossMessages() {
        PendingText pending = new PendingText(1024);
        byte[] smiley = "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        pending.append(smiley, 0, 2);
        assertThat(pending.take(true)).isNull();
        pending.append(smiley, 2, 2);
        assertThat(pending.take(true)).isEqualTo("\uD83D\uDE00");
    }
}
