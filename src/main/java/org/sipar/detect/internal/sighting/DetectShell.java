package org.sipar.detect.internal.sighting;

import java.util.List;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Navigation;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The detection desk's place in the shell: a main entry for signed-in people, its paths for them only. */
@Component
class DetectShell implements Navigation.Source, AccessRules {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(Navigation.Entry.of(Navigation.Area.MAIN, 25, "/detect", "detect.nav"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/detect", "/detect/check", "/detect/upload", "/detect/reporting").authenticated();
    }
}
