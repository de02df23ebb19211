package org.sipar.stream.internal.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Kafka is there only when {@code sipar.kafka.bootstrap-servers} names the brokers. Then the setting becomes
 * Spring's {@code spring.kafka.bootstrap-servers} (unless that is set itself) and {@link KafkaChanges} publishes
 * and follows intelligence changes through it. Without it Spring's and Modulith's Kafka auto-configurations are
 * excluded, so a single node creates no Kafka client and tries no connection: the default stays one command.
 * Registered in {@code META-INF/spring.factories}; runs once the configuration files have been read.
 */
public final class KafkaSwitch implements EnvironmentPostProcessor, Ordered {

    static final String SETTING = "sipar.kafka.bootstrap-servers";
    static final List<String> KAFKA_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration",
            "org.springframework.modulith.events.kafka.KafkaEventExternalizerConfiguration",
            "org.springframework.modulith.events.kafka.KafkaJacksonConfiguration",
            "org.springframework.modulith.events.kafka.KafkaJackson2Configuration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String servers = environment.getProperty(SETTING);
        Map<String, Object> settings = new LinkedHashMap<>();
        if (StringUtils.hasText(servers)) {
            if (!environment.containsProperty("spring.kafka.bootstrap-servers")) {
                settings.put("spring.kafka.bootstrap-servers", servers.strip());
            }
        } else {
            List<String> excluded = new ArrayList<>(Arrays.asList(
                    environment.getProperty("spring.autoconfigure.exclude", String[].class, new String[0])));
            excluded.addAll(KAFKA_AUTO_CONFIGURATIONS);
            settings.put("spring.autoconfigure.exclude", String.join(",", excluded));
            settings.put("spring.modulith.events.externalization.enabled", "false");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("siparKafkaSwitch", settings));
    }

    /** After the configuration files and the command line are in the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
