package org.sipar.stream.internal.federation;

import java.util.List;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Federation's place in the shell: its pages under {@code /admin/federation} (the platform's rule lets both kinds
 * of administrator in; {@link Links} narrows an organisation administrator to their own links) and its API under
 * {@code /api/v1/federation}, for administrators' tokens only.
 */
@Component
class FederationShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(Entry.forRoles(Area.ADMIN, 60, "/admin/federation", "stream.federation.nav", "HUB_ADMIN", "ORG_ADMIN"));
    }

    @Override
    public void machine(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/federation/**").hasAnyRole("HUB_ADMIN", "ORG_ADMIN");
    }
}
