package org.sipar.advisory.internal.kev;

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
 * The catalogue's place in the shell: its entry in the top bar, and its open reading. The catalogue is public
 * (TLP:CLEAR by nature), so its page, JSON and CSV need no sign-in; changing it needs a session (the platform's
 * catch-all) and the roles {@link KevChanges} checks.
 */
@Component
class KevShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(Entry.of(Area.MAIN, 35, "/kev", "advisory.kev.nav"),
                Entry.forVisitors(35, "/kev", "advisory.kev.nav"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/kev", "/kev.json", "/kev.csv").permitAll();
        rules.requestMatchers(HttpMethod.HEAD, "/kev", "/kev.json", "/kev.csv").permitAll();
    }
}
