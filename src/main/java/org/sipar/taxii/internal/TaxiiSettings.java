package org.sipar.taxii.internal;

import java.time.Duration;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the TAXII server.
 *
 * @param maxContentLength the largest request body accepted, announced in the API root
 * @param statusRetention how long the status of added objects is kept (TAXII asks for at least 24 hours)
 * @param addAnswerWithin how long adding objects waits for its import before answering: an import that ends
 *                        meanwhile is answered with its complete status, so the client need not poll
 */
@ConfigurationProperties("sipar.taxii")
record TaxiiSettings(@DefaultValue("100MB") DataSize maxContentLength,
                     @DefaultValue("7d") Duration statusRetention,
                     @DefaultValue("1s") Duration addAnswerWithin) {

    TaxiiSettings {
        if (maxContentLength.toBytes() < 1024 || maxContentLength.toBytes() > Integer.MAX_VALUE - 8) {
            throw new InvalidSetting("sipar.taxii.max-content-length",
                    maxContentLength.toString(), "a size from 1KB to 2047MB");
        }
        if (statusRetention.compareTo(Duration.ofHours(24)) < 0) {
            throw new InvalidSetting("sipar.taxii.status-retention", statusRetention.toString(),
                    "a duration of at least 24h (TAXII keeps statuses a day or more)");
        }
        if (addAnswerWithin.isNegative() || addAnswerWithin.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new InvalidSetting("sipar.taxii.add-answer-within", addAnswerWithin.toString(),
                    "a duration from 0s to 30s");
        }
    }

    /** The limit in bytes. */
    long maxBytes() {
        return maxContentLength.toBytes();
    }
}
