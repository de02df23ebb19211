package org.sipar.intel.internal.web;

import java.util.List;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation.Area;
import org.sipar.platform.Navigation.Entry;
import org.sipar.platform.Navigation;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The intelligence module's place in the shell: its pillar in the top bar, and its open reading. Browsing and
 * reading objects needs no sign-in: the sharing policy shows anonymous readers TLP:CLEAR only. Package-private,
 * so not part of the module's API.
 */
@Component
class IntelShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(Entry.of(Area.MAIN, 20, "/intel", "nav.intelligence"),
                Entry.of(Area.ACCOUNT, 30, "/intel/imports", "nav.imports"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/intel", "/intel/objects/**").permitAll();
    }

    @Override
    public void machine(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/intel/objects", "/api/v1/intel/objects/**", "/api/v1/intel/changes").permitAll();
    }
}
