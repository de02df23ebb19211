package org.sipar.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sipar's own settings, bound from {@code sipar.*} properties (and so from environment variables).
 *
 * @param dataDir where Sipar keeps its data, the embedded database included
 * @param demo whether to seed the demo organisations and people into an empty database
 * @param db an external PostgreSQL; when its URL is unset, the embedded one is started
 * @param security sign-in throttling and lock-out
 * @param bootstrap the first hub administrator created on an empty database outside demo mode
 */
@ConfigurationProperties("sipar")
public record SiparSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue Db db,
        @DefaultValue Security security,
        @DefaultValue Bootstrap bootstrap) {

    /** An external PostgreSQL server; {@code url} empty means the embedded one. */
    public record Db(String url, String username, String password) {

        /** Whether an external database was configured. */
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** How sign-in failures are answered: a growing delay, then a lock of the account for a while. */
    public record Security(
            @DefaultValue("5") int lockAfterFailures,
            @DefaultValue("15m") Duration lockFor,
            @DefaultValue("200ms") Duration failureDelay) {

        public Security {
            Settings.require(lockAfterFailures >= 1 && lockAfterFailures <= 100,
                    "sipar.security.lock-after-failures", lockAfterFailures, "a whole number from 1 to 100");
            Settings.require(!lockFor.isNegative() && !lockFor.isZero(),
                    "sipar.security.lock-for", lockFor, "a positive duration such as 15m");
        }
    }

    /** The first hub administrator; a random password is generated and logged once when none is given. */
    public record Bootstrap(
            @DefaultValue("admin@cert.local") String adminEmail,
            String adminPassword,
            @DefaultValue("National CERT") String organisation) {
    }
}
