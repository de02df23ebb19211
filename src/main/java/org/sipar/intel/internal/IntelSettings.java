package org.sipar.intel.internal;

import org.sipar.intel.Tlp;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intelligence store.
 *
 * @param defaultTlp the level of objects that carry no TLP marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)
 * @param batchSize how many objects an import writes per transaction
 */
@ConfigurationProperties("sipar.intel")
record IntelSettings(@DefaultValue("AMBER") String defaultTlp, @DefaultValue("1000") int batchSize) {

    IntelSettings {
        tlp(defaultTlp);
        if (batchSize < 1 || batchSize > 100_000) {
            throw new org.sipar.platform.InvalidSetting("sipar.intel.batch-size", String.valueOf(batchSize),
                    "a whole number from 1 to 100000");
        }
    }

    Tlp tlp() {
        return tlp(defaultTlp);
    }

    private static Tlp tlp(String text) {
        try {
            return Tlp.parse(text);
        } catch (IllegalArgumentException e) {
            throw new org.sipar.platform.InvalidSetting("sipar.intel.default-tlp", text,
                    "one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED");
        }
    }
}
