package org.sipar.advisory.internal.signing;

import java.util.List;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the CSAF provider is reached ({@code sipar.advisory.*}), as {@code /.well-known/security.txt} says it.
 *
 * @param contact where vulnerabilities are reported, {@code mailto:} or {@code https:} addresses, most preferred
 *                first; when empty, the demo's address in demo mode, else the first hub administrator's e-mail
 *                ({@code sipar.bootstrap.admin-email}), with a warning at start
 * @param policy the address of the disclosure policy, if there is one
 * @param encryption the address of the key reporters encrypt to; empty for the provider's own signing key
 */
@ConfigurationProperties("sipar.advisory")
public record ProviderSettings(@DefaultValue List<String> contact, String policy, String encryption) {

    public ProviderSettings {
        contact = contact.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        contact.forEach(c -> require(c.startsWith("mailto:") && c.length() > 7 || https(c), "sipar.advisory.contact", c,
                "mailto: or https: addresses, comma-separated, such as mailto:csirt@cert.example"));
        policy = blankAsNull(policy);
        encryption = blankAsNull(encryption);
        require(policy == null || https(policy), "sipar.advisory.policy", policy, "an https: address");
        require(encryption == null || https(encryption), "sipar.advisory.encryption", encryption, "an https: address");
    }

    private static boolean https(String address) {
        return address.startsWith("https://") && address.length() > 8 && address.strip().equals(address);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void require(boolean ok, String name, String value, String accepted) {
        if (!ok) {
            throw new InvalidSetting(name, value, accepted);
        }
    }
}
