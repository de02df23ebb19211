package org.sipar.advisory.internal;

import java.util.List;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The advisories' place in the shell. Reading needs no sign-in (the sharing policy shows anonymous readers
 * TLP:CLEAR only); the workroom needs a signed-in analyst of the national CERT ({@link Workroom#writes}). The CSAF
 * provider's files are answered by the machine chain, so that CSAF clients read them with tokens: the public
 * metadata and the TLP:WHITE folder by anyone, the other folders only by someone signed in (CSAF 7.1.5).
 */
@Component
class AdvisoryShell implements Navigation.Source, AccessRules {

    static final String CSAF = "/.well-known/csaf/**";

    @Override
    public List<Entry> entries() {
        return List.of(Entry.of(Area.MAIN, 30, "/advisories", "nav.advisories"),
                Entry.forVisitors(30, "/advisories", "nav.advisories"),
                Entry.forRoles(Area.MAIN, 32, "/advisories/workroom", "advisory.nav.workroom", "ANALYST", "HUB_ADMIN", "ORG_ADMIN"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/advisories/workroom", "/advisories/workroom/**").authenticated();
        rules.requestMatchers(HttpMethod.GET, "/advisories", "/advisories/*", "/advisories/*/related", "/advisories/media/*").permitAll();
    }

    @Override
    public void machine(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/.well-known/csaf/provider-metadata.json", "/.well-known/csaf/white/**",
                "/.well-known/csaf/openpgp/**", "/api/v1/advisories").permitAll();
        rules.requestMatchers(HttpMethod.HEAD, "/.well-known/csaf/openpgp/**").permitAll();
        rules.requestMatchers(HttpMethod.GET, CSAF).authenticated();
    }

    @Override
    public List<String> machinePaths() {
        return List.of(CSAF);
    }

    @Override
    public List<String> readableWithSession() {
        return List.of(CSAF);
    }
}
