package org.sipar.platform.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in UTC. Code that decides by the time (token expiry, sign-in lock-out, how
 * long TAXII statuses are kept) asks it rather than {@code Instant.now()}, so a test can set the time instead of
 * waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
