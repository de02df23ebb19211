package org.sipar.stream.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/** Without {@code sipar.kafka.bootstrap-servers} a node has no Kafka at all: no client, no externalisation. */
@DemoPlatform
class WithoutKafkaTests {

    @Autowired
    ApplicationContext context;

    @Test
    void noKafkaClientIsConfigured() {
        for (Class<?> kafka : new Class<?>[] {KafkaTemplate.class, ProducerFactory.class, KafkaAdmin.class,
                MessageListenerContainer.class, EventExternalizationConfiguration.class}) {
            assertThat(context.getBeanNamesForType(kafka)).as(kafka.getSimpleName()).isEmpty();
        }
        assertThat(context.getEnvironment().getProperty("spring.modulith.events.externalization.enabled")).isEqualTo("false");
    }
}
