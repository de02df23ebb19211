package org.sipar.platform.mail;

import java.util.List;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The outbox's place in the shell: its page {@code /admin/mail} in the administration section, for hub
 * administrators only (it lists every organisation's recipients), narrower than the platform's rule for
 * {@code /admin/**}, which lets organisation administrators in too.
 */
@Component
class MailShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(Entry.forRoles(Area.ADMIN, 45, "/admin/mail", "nav.mail", "HUB_ADMIN"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/mail", "/admin/mail/**").hasRole("HUB_ADMIN");
    }
}
