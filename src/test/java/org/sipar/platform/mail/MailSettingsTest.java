package org.sipar.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sipar.platform.InvalidSetting;

/** The outbox's settings: a bad sender or schedule is named; pauses double up to the longest, then mail is dead. */
class MailSettingsTest {

    static MailSettings settings(String from, int attempts) {
        return new MailSettings(true, from, Duration.ofMinutes(1), Duration.ofMinutes(5), attempts,
                Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofDays(30));
    }

    @Test
    void aSenderThatIsNotAnAddressIsNamed() {
        assertThatThrownBy(() -> settings("not an address", 3)).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("sipar.mail.from='not an address'");
        assertThatThrownBy(() -> settings("CERT <cert@x.example>", 0)).hasMessageContaining("sipar.mail.attempts='0'");
    }

    @Test
    void pausesDoubleUpToTheLongestAndTheLastAttemptHasNone() {
        MailSettings s = settings("CERT <cert@cert.example>", 5);
        Instant now = Instant.parse("2026-12-04T00:00:00Z");
        assertThat(s.retryAt(1, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(s.retryAt(2, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(s.retryAt(3, now)).isEqualTo(now.plus(Duration.ofMinutes(4)));
        assertThat(s.retryAt(4, now)).as("capped").isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(s.retryAt(5, now)).as("the last attempt").isNull();
        assertThat(s.domain()).isEqualTo("cert.example");
    }
}
