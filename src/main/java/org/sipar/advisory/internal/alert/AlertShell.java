package org.sipar.advisory.internal.alert;

import java.util.List;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The alerts' place in the shell: the alerts page among the advisories' pillars, the organisation's products beside
 * the viewer's own account, both for signed-in people only (the alerts page, under the advisories' public paths,
 * checks that itself).
 */
@Component
class AlertShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(Entry.of(Area.MAIN, 33, "/advisories/alerts", "advisory.alert.nav"),
                Entry.of(Area.ACCOUNT, 40, "/organisation/products", "advisory.alert.products.nav"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/organisation/products", "/organisation/products/**", "/advisories/alerts/**").authenticated();
    }
}
