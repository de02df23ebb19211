package org.sipar.stream.internal.live;

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
 * The live streams' place in the shell: the live feed page, and who may follow. Like browsing, following needs no
 * sign-in: the sharing policy shows anonymous readers TLP:CLEAR only, as TAXII and the change log's REST API do.
 * The stream takes the web session too, so a signed-in browser can read it without a token.
 */
@Component
class LiveShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(Entry.of(Area.MAIN, 25, "/stream", "nav.liveFeed"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/stream", "/stream/events").permitAll();
    }

    @Override
    public void machine(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/stream").permitAll();
    }

    @Override
    public List<String> readableWithSession() {
        return List.of("/api/v1/stream");
    }
}
