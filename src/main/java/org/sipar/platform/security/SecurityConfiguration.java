package org.sipar.platform.security;

import java.util.List;
import java.util.Map;
import org.sipar.platform.AccessRules;
import org.sipar.platform.Credentials;
import org.sipar.platform.SessionPeople;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: a public, read-only one for the REST API's OpenAPI description and Swagger UI; a stateless
 * one for machines ({@code /api/**}, {@code /taxii2/**}, {@code /actuator/prometheus}) taking Bearer tokens and
 * HTTP Basic (password or token);
 * and a session one for people with form sign-in and CSRF protection.
 * Both share one authentication manager whose events drive throttling, lock-out and the audit trail.
 * Each module adds who may reach its own paths as {@link AccessRules}; this class names only the platform's.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String REALM = "Sipar";

    private final List<AccessRules> modules;

    SecurityConfiguration(List<AccessRules> modules) {
        this.modules = modules;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Prefixed hashes ({argon2}...) let a later release move to another algorithm without a reset.
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    AuthenticationManager authenticationManager(AuthenticationProvider passwords, Credentials credentials,
                                                ApplicationEventPublisher events) {
        // The identity module's password provider counts, throttles and locks; its refusals all read the same.
        ProviderManager manager = new ProviderManager(List.of(new TokenAsPasswordProvider(credentials), passwords));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** The REST API's OpenAPI description and Swagger UI, springdoc's paths. */
    static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/api/docs", "/api/docs/**",
            "/api/swagger-ui/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The API's description and Swagger UI: readable by anyone, stateless, read-only, with a CSP of their own on
     * these paths only. Swagger UI loads no inline script, but its bundle injects <style> elements, so styles (and
     * only styles) may be inline here; BrowserTests checks the page raises no other violation.
     */
    @Bean
    @Order(0)
    SecurityFilterChain documentationChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(DOCS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, DOCS).permitAll().anyRequest().denyAll())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self' data:; connect-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    static final String PROMETHEUS = "/actuator/prometheus";

    /**
     * Sends a signed-out browser to the sign-in page with a relative Location: an absolute one would be built
     * from the request's Host header, which a client chooses.
     */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineChain(HttpSecurity http, AuthenticationManager manager, Credentials credentials,
                                     SessionPeople people) throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(REALM);
        List<String> paths = new java.util.ArrayList<>(List.of("/api/**", "/taxii2/**", PROMETHEUS));
        modules.forEach(m -> paths.addAll(m.machinePaths()));
        return http.securityMatcher(paths.toArray(String[]::new))
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new SessionReading(
                        modules.stream().flatMap(m -> m.readableWithSession().stream()).toList())))
                .authorizeHttpRequests(a -> {
                    // Metrics tell much about the platform and its members: a scraper uses a hub administrator's token.
                    a.requestMatchers(PROMETHEUS).hasRole("HUB_ADMIN");
                    modules.forEach(m -> m.machine(a));
                    a.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint))
                .addFilterAfter(new SessionRefreshFilter(people, null), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(credentials, entryPoint), BasicAuthenticationFilter.class)
                // After both ways of presenting a token, before any rule: a token's scope bounds what it reaches.
                .addFilterAfter(new TokenScopeFilter(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .build();
    }

    /** The POSTs the modules exempt from CSRF protection ({@link AccessRules#csrfExemptPosts}); none, unless one does. */
    private RequestMatcher[] csrfExemptPosts() {
        List<RequestMatcher> exempt = modules.stream().flatMap(m -> m.csrfExemptPosts().stream())
                .<RequestMatcher>map(path -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path)).toList();
        return exempt.isEmpty() ? new RequestMatcher[] {request -> false} : exempt.toArray(RequestMatcher[]::new);
    }

    @Bean
    @Order(2)
    SecurityFilterChain peopleChain(HttpSecurity http, AuthenticationManager manager, SessionPeople people) throws Exception {
        return http.authenticationManager(manager)
                .csrf(csrf -> csrf.ignoringRequestMatchers(csrfExemptPosts()))
                .addFilterAfter(new SessionRefreshFilter(people, new HttpSessionSecurityContextRepository()),
                        SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/", "/login", "/assets/**", "/webjars/**", "/error", "/favicon.ico",
                            "/actuator/health", "/actuator/health/**").permitAll();
                    a.requestMatchers("/admin/audit/**").hasRole("HUB_ADMIN");
                    modules.forEach(m -> m.session(a));
                    // The administration area is for administrators, whichever module a page of it comes from.
                    a.requestMatchers("/admin/**").hasAnyRole("HUB_ADMIN", "ORG_ADMIN");
                    a.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", true)
                        .failureHandler(new SignInFailureHandler()).permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; font-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
