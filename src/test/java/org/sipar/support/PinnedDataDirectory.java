package org.sipar.support;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Resolves a test's {@code sipar.data-dir} of the form {@code target/test-data/name-${random.uuid}} once, when the
 * environment is prepared, and pins the result. {@code ${random.uuid}} is a new value at every look-up, so the
 * platform's early start of the embedded PostgreSQL (which reads the setting then) and the data source (which reads
 * it again) would otherwise name two directories: every test context initialised and started two clusters, and
 * the early one idled until the JVM ended. Registered for tests only, in {@code src/test/resources/META-INF/spring.factories}.
 */
public final class PinnedDataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String SETTING = "sipar.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> named && named.containsProperty(SETTING)) {
                if (String.valueOf(named.getProperty(SETTING)).contains("${random.")) {
                    environment.getPropertySources().addFirst(new MapPropertySource("pinnedDataDirectory",
                            Map.of(SETTING, environment.getRequiredProperty(SETTING))));
                }
                return;
            }
        }
    }

    /** After the random values' own property source is in place. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
