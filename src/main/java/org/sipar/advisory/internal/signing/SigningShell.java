package org.sipar.advisory.internal.signing;

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
 * The signing keys' place in the shell: security.txt and the public keys are for anyone (reporters and CSAF
 * consumers have no account), the keys' page at {@code /admin/signing} for hub administrators only, narrower than
 * the platform's rule for {@code /admin/**}; {@link ProviderKeys#rotate()} checks the role again.
 */
@Component
class SigningShell implements Navigation.Source, AccessRules {

    static final String PAGE = "/admin/signing";

    @Override
    public List<Entry> entries() {
        return List.of(Entry.forRoles(Area.ADMIN, 70, PAGE, "advisory.signing.nav", "HUB_ADMIN"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, SigningWeb.SECURITY_TXT, "/security.txt", SigningWeb.KEYS + "**").permitAll();
        rules.requestMatchers(HttpMethod.HEAD, SigningWeb.SECURITY_TXT, "/security.txt", SigningWeb.KEYS + "**").permitAll();
        rules.requestMatchers(PAGE, PAGE + "/**").hasRole("HUB_ADMIN");
    }
}
