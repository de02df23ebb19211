package org.sipar.taxii.internal;

import org.sipar.platform.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * TAXII is open at the filter chain: TLP:CLEAR is for everyone and the sharing policy answers anonymous readers
 * itself. Credentials are checked when they are sent, and the endpoints answer 401 where a resource needs them.
 */
@Component
class TaxiiAccess implements AccessRules {

    @Override
    public void machine(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/taxii2/**").permitAll();
    }
}
