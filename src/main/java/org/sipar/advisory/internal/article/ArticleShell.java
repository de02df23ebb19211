package org.sipar.advisory.internal.article;

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
 * The awareness articles' place in the shell: reading is public (anyone, in the public and the members' bar), the
 * workroom needs a signed-in writer ({@link ArticleDesk#writes}, checked by its pages).
 */
@Component
class ArticleShell implements Navigation.Source, AccessRules {

    @Override
    public List<Entry> entries() {
        return List.of(new Entry("/awareness", "advisory.article.nav", 31, Area.PUBLIC, java.util.Set.of(), false),
                Entry.of(Area.MAIN, 31, "/awareness", "advisory.article.nav"),
                Entry.forRoles(Area.MAIN, 33, "/awareness/workroom", "advisory.article.nav.workroom", "ANALYST", "HUB_ADMIN", "ORG_ADMIN"));
    }

    @Override
    public void session(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/awareness/workroom", "/awareness/workroom/**").authenticated();
        rules.requestMatchers(HttpMethod.GET, "/awareness", "/awareness/*").permitAll();
    }
}
