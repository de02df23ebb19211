package org.sipar.advisory.internal.signing;

import java.util.List;
import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The CSAF provider's absolute addresses and contacts. Absolute addresses start at {@code sipar.public-base-url}
 * (never at a request's Host header, which the client chooses); in demo mode without it, at
 * {@code http://localhost:<port>}. Outside demo mode without it there is no public address to give, and asking
 * for one fails naming the setting.
 */
@Component
public class ProviderAddresses {

    static final String BASE_SETTING = "sipar.public-base-url";
    private static final Logger log = LoggerFactory.getLogger(ProviderAddresses.class);

    private final Environment environment;
    private final SiparSettings sipar;
    private final List<String> contacts;

    ProviderAddresses(Environment environment, SiparSettings sipar, ProviderSettings settings) {
        this.environment = environment;
        this.sipar = sipar;
        this.contacts = settings.contact().isEmpty() ? List.of(defaultContact(sipar)) : settings.contact();
        if (!sipar.demo() && settings.contact().isEmpty()) {
            log.warn("sipar.advisory.contact is not set: security.txt names {} (sipar.bootstrap.admin-email)", contacts.getFirst());
        }
        if (!known()) {
            log.warn("{} is not set: security.txt is not served, and the CSAF provider has no absolute address", BASE_SETTING);
        }
    }

    /** Whether there is a public address to give: {@code sipar.public-base-url}, or demo mode. */
    public boolean known() {
        return sipar.demo() || !environment.getProperty(BASE_SETTING, "").isBlank();
    }

    /** The public base address without a trailing slash, such as {@code https://sipar.cert.example}. */
    public String base() {
        String configured = environment.getProperty(BASE_SETTING, "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (sipar.demo()) {
            return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        }
        throw new IllegalStateException(BASE_SETTING + " is not set, so the CSAF provider has no absolute address to give");
    }

    /** {@code path} (from {@code /}) as an absolute address under {@link #base()}. */
    public String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with /, not " + path);
        }
        return base() + path;
    }

    /** Where the public key with {@code fingerprint} is served. */
    public String publicKey(String fingerprint) {
        return base() + SigningWeb.KEYS + fingerprint + ".asc";
    }

    /** Where the provider metadata is served (CSAF 2.0 section 7.1.7). */
    public String providerMetadata() {
        return base() + "/.well-known/csaf/provider-metadata.json";
    }

    public String securityTxt() {
        return base() + SigningWeb.SECURITY_TXT;
    }

    /** The contacts for reports, {@code mailto:} or {@code https:}, most preferred first; never empty. */
    public List<String> contacts() {
        return contacts;
    }

    /** The first e-mail among the contacts, for the key's user id; null when every contact is a web address. */
    String email() {
        return contacts.stream().filter(c -> c.startsWith("mailto:")).map(c -> c.substring(7)).findFirst().orElse(null);
    }

    private static String defaultContact(SiparSettings sipar) {
        return "mailto:" + (sipar.demo() ? "csirt@cert.demo" : sipar.bootstrap().adminEmail());
    }
}
