package org.sipar.detect.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecayModelTests {

    private static final Instant STATED = Instant.parse("2026-01-01T00:00:00Z");
    private final DecayModel model = new DecayModel(DecaySettings.defaults());

    private DecayScore ipScoreAfter(int confidence, Duration age) {
        return model.score(ValueKind.IPV4, confidence, STATED, Optional.empty(), STATED.plus(age));
    }

    @Test
    void halvesOncePerHalfLife() {
        assertThat(ipScoreAfter(80, Duration.ZERO).score()).isEqualTo(80.0);
        assertThat(ipScoreAfter(80, Duration.ofDays(14)).score()).isCloseTo(40.0, within(1e-9));
        assertThat(ipScoreAfter(80, Duration.ofDays(7)).score()).as("80 / sqrt 2").isCloseTo(56.568542494923804, within(1e-9));
        assertThat(model.score(ValueKind.DOMAIN_NAME, 100, STATED, Optional.empty(), STATED.plus(Duration.ofDays(90))).score())
                .as("100 × 0.5^1.5 at 90 of 60 days").isCloseTo(35.35533905932738, within(1e-9));
        assertThat(model.score(ValueKind.SHA_256, 90, STATED, Optional.empty(), STATED.plus(Duration.ofDays(365))).score())
                .isCloseTo(45.0, within(1e-9));
    }

    @Test
    void stopsMatchingBelowTheThreshold() {
        assertThat(ipScoreAfter(80, Duration.ofDays(28)).live()).as("exactly 20: at the threshold, still live").isTrue();
        assertThat(ipScoreAfter(80, Duration.ofDays(28).plusMinutes(1)).live()).isFalse();
        assertThat(ipScoreAfter(10, Duration.ZERO).live()).as("stated below the threshold").isFalse();
    }

    @Test
    void aSightingResetsTheAge() {
        Instant sighted = STATED.plus(Duration.ofDays(20));
        DecayScore score = model.score(ValueKind.IPV4, 80, STATED, Optional.of(sighted), sighted.plus(Duration.ofDays(7)));
        assertThat(score.score()).isCloseTo(56.568542494923804, within(1e-9));
        assertThat(score.ageFrom()).isEqualTo(sighted);
        assertThat(score.age()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aSightingBeforeTheStatementChangesNothingAndTheFutureIsAgeZero() {
        DecayScore old = model.score(ValueKind.IPV4, 80, STATED, Optional.of(STATED.minusSeconds(60)), STATED.plus(Duration.ofDays(14)));
        assertThat(old.score()).isCloseTo(40.0, within(1e-9));
        assertThat(old.ageFrom()).isEqualTo(STATED);
        DecayScore ahead = model.score(ValueKind.IPV4, 80, STATED, Optional.empty(), STATED.minusSeconds(3600));
        assertThat(ahead.score()).isEqualTo(80.0);
        assertThat(ahead.age()).isZero();
    }

    @Test
    void explainsItsInputs() {
        Instant sighted = STATED.plus(Duration.ofDays(1));
        DecayScore score = model.score(ValueKind.URL, 70, STATED, Optional.of(sighted), sighted.plus(Duration.ofDays(21)));
        assertThat(score).isEqualTo(new DecayScore(70 * Math.pow(0.5, 1.5), true, 70, sighted, Duration.ofDays(21),
                Duration.ofDays(14), Optional.of(sighted), 20));
        assertThat(score.halfLivesElapsed()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void foretellsWhenTheScoreFallsBelowTheThreshold() {
        assertThat(model.fallsBelowThresholdAt(ValueKind.IPV4, 80, STATED, Optional.empty())).isEqualTo(STATED.plus(Duration.ofDays(28)));
        // log2(100 / 20) = 2.321928094887362 half-lives of 14 days = 2,808,604.22 s
        assertThat(model.fallsBelowThresholdAt(ValueKind.IPV4, 100, STATED, Optional.empty()).getEpochSecond() - STATED.getEpochSecond())
                .isEqualTo(2_808_604L);
        assertThat(model.fallsBelowThresholdAt(ValueKind.IPV4, 10, STATED, Optional.empty())).isEqualTo(STATED);
    }

    @Test
    void settingsAreConfigurablePerKind() {
        DecayModel slowIps = new DecayModel(DecaySettings.defaults().withHalfLife(ValueKind.IPV4, Duration.ofDays(28)));
        assertThat(slowIps.score(ValueKind.IPV4, 80, STATED, Optional.empty(), STATED.plus(Duration.ofDays(28))).score())
                .isCloseTo(40.0, within(1e-9));
    }

    @Test
    void refusesBadSettingsAndInputsNamingThem() {
        assertThatThrownBy(() -> DecaySettings.defaults().withHalfLife(ValueKind.DOMAIN_NAME, Duration.ofDays(-3)))
                .hasMessageContaining("half-life of domain-name must be positive, not PT-72H");
        assertThatThrownBy(() -> DecaySettings.defaults().withHalfLife(ValueKind.MD5, Duration.ZERO)).hasMessageContaining("md5");
        assertThatThrownBy(() -> new DecaySettings(new EnumMap<>(ValueKind.class), 20)).hasMessageContaining("half-life of ipv4 is missing");
        assertThatThrownBy(() -> new DecaySettings(DecaySettings.defaults().halfLives(), 0)).hasMessageContaining("not 0.0");
        assertThatThrownBy(() -> new DecaySettings(DecaySettings.defaults().halfLives(), 101)).hasMessageContaining("not 101.0");
        assertThatThrownBy(() -> ipScoreAfter(101, Duration.ZERO)).hasMessageContaining("confidence must be from 0 to 100 (STIX), not 101");
    }
}
