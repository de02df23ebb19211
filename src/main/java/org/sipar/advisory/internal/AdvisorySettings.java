package org.sipar.advisory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The advisories' settings ({@code sipar.advisory.*}).
 *
 * @param trackingPrefix what every tracking id starts with, such as {@code PK-CERT} ({@code PK-CERT-2026-0001})
 * @param publisherName the CSAF publisher's name; empty for the name of the hub's national CERT organisation
 * @param issuingAuthority who issues the advisories and what they may be used for (CSAF {@code issuing_authority})
 * @param contactDetails how to reach the publisher (CSAF {@code contact_details}), such as an e-mail address
 * @param syntheticAdvisories for benchmarks: how many synthetic published advisories demo mode stores at start
 *        (honoured only with {@code sipar.demo=true}; 0, the default, for none)
 */
@ConfigurationProperties("sipar.advisory")
public record AdvisorySettings(
        @DefaultValue("SIPAR") String trackingPrefix,
        @DefaultValue("") String publisherName,
        @DefaultValue("") String issuingAuthority,
        @DefaultValue("") String contactDetails,
        @DefaultValue("0") int syntheticAdvisories) {

    public AdvisorySettings {
        if (!trackingPrefix.matches("[A-Z][A-Z0-9-]{0,30}[A-Z0-9]")) {
            throw new org.sipar.platform.InvalidSetting("sipar.advisory.tracking-prefix", trackingPrefix,
                    "capital letters, digits and dashes, such as PK-CERT");
        }
        if (syntheticAdvisories < 0 || syntheticAdvisories > 100_000) {
            throw new org.sipar.platform.InvalidSetting("sipar.advisory.synthetic-advisories",
                    String.valueOf(syntheticAdvisories), "a whole number from 0 to 100000");
        }
    }
}
