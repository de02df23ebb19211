package org.sipar.identity.internal;

import java.util.List;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The identity module's place in the shell: its administration pages and the viewer's own account pages, and who
 * may reach them. Organisations and people are for either kind of administrator, which the platform's rule for
 * {@code /admin/**} already says; sharing groups span organisations, so only hub administrators manage them.
 */
@Component
class IdentityShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(
                Entry.forRoles(Area.ADMIN, 10, "/admin/organisations", "nav.organisations", "HUB_ADMIN", "ORG_ADMIN"),
                Entry.forRoles(Area.ADMIN, 20, "/admin/people", "nav.people", "HUB_ADMIN", "ORG_ADMIN"),
                Entry.forRoles(Area.ADMIN, 30, "/admin/sharing-groups", "nav.sharingGroups", "HUB_ADMIN"),
                Entry.of(Area.ACCOUNT, 10, "/account/tokens", "nav.tokens"),
                Entry.of(Area.ACCOUNT, 20, "/account/password", "nav.password"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/sharing-groups/**").hasRole("HUB_ADMIN");
    }
}
