package org.sipar.advisory.internal.subscription;

import java.util.List;
import java.util.Set;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The subscriptions' place in the shell: anyone may subscribe, confirm and unsubscribe (the links' tokens
 * authorise, not a session); a member's own list needs sign-in. The unsubscription POST needs no CSRF token:
 * RFC 8058's one-click comes from a mail client, which has no session, and can do no more than unsubscribe the
 * token's subscription.
 */
@Component
class SubscriptionShell implements Navigation.Source, AccessRules {

    private static final String[] OPEN = {SubscriptionPages.SUBSCRIBE, SubscriptionPages.CONFIRM, SubscriptionPages.UNSUBSCRIBE};

    @Override
    public List<Entry> entries() {
        return List.of(new Entry(SubscriptionPages.SUBSCRIBE, "advisory.subscription.nav.subscribe", 31, Area.PUBLIC, Set.of(), false),
                Entry.of(Area.ACCOUNT, 40, MySubscriptionsPages.MINE, "advisory.subscription.nav.mine"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, OPEN).permitAll();
        rules.requestMatchers(HttpMethod.POST, OPEN).permitAll();
        rules.requestMatchers(MySubscriptionsPages.MINE, MySubscriptionsPages.MINE + "/**").authenticated();
    }

    @Override
    public List<String> csrfExemptPosts() {
        return List.of(SubscriptionPages.UNSUBSCRIBE);
    }
}
