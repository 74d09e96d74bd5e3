package dev.spindle.kernel.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    @Test
    void refusesASignatureSeenBefore() {
        ReplayGuard guard = new ReplayGuard(4);

        assertThat(guard.firstSighting("a")).isTrue();
        assertThat(guard.firstSighting("a")).isFalse();
    }

    @Test
    void forgetsTheOldestSignatureOnceFull() {
        ReplayGuard guard = new ReplayGuard(2);
        guard.firstSighting("a");
        guard.firstSighting("b");
        guard.firstSighting("c");

        assertThat(guard.firstSighting("a")).isTrue();
        assertThat(guard.firstSighting("c")).isFalse();
    }
}
