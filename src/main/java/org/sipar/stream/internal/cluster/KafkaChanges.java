package org.sipar.stream.internal.cluster;

import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.stream.internal.FeedSignal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Several nodes as one through Kafka, with {@code sipar.kafka.bootstrap-servers} set. Every intelligence change is
 * externalised by Spring Modulith to the topic {@code sipar.kafka.topic} ({@code sipar.intel.changes}) as a
 * {@link ChangeNotice}, from the event publication registry, after the commit (and again after a crash, until
 * sent). Every node follows the topic in a consumer group of its own, so each sees every notice, and wakes its
 * {@link FeedSignal}: its streams and webhooks then read the change log after their own positions. A notice lost
 * or doubled costs a read, never a gap or a duplicate; that is also why a node starts at the topic's end.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(KafkaSwitch.SETTING)
class KafkaChanges {

    static final String TOPIC = "${sipar.kafka.topic:sipar.intel.changes}";

    /** What travels: the kind and position of a change, never its objects (every node reads those itself). */
    record ChangeNotice(String kind, long position) {

        static ChangeNotice of(IntelligenceChanged change) {
            return switch (change) {
                case IntelligenceChanged.VersionsAdded a -> new ChangeNotice("added", a.position());
                case IntelligenceChanged.VersionsDeleted d -> new ChangeNotice("deleted", d.position());
                case IntelligenceChanged.Redistributed r -> new ChangeNotice("redistributed", r.position());
            };
        }
    }

    @Bean
    EventExternalizationConfiguration intelligenceChangesToKafka(
            @org.springframework.beans.factory.annotation.Value(TOPIC) String topic) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof IntelligenceChanged)
                .mapping(IntelligenceChanged.class, ChangeNotice::of)
                .routeAll(event -> RoutingTarget.forTarget(topic).withoutKey())
                .build();
    }

    @Bean
    NewTopic intelligenceChangesTopic(@org.springframework.beans.factory.annotation.Value(TOPIC) String topic) {
        return TopicBuilder.name(topic).partitions(1).build();
    }

    /** This node's follower of the topic: a group of its own, from the end, waking the feed at every notice. */
    @Bean
    KafkaMessageListenerContainer<Object, Object> intelligenceChangesFollower(
            ConsumerFactory<Object, Object> consumers, FeedSignal signal,
            @org.springframework.beans.factory.annotation.Value(TOPIC) String topic) {
        ContainerProperties properties = new ContainerProperties(topic);
        String node = "sipar-node-" + UUID.randomUUID();
        properties.setGroupId(node);
        properties.setClientId(node);
        java.util.Properties consumer = new java.util.Properties();
        consumer.putAll(Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        properties.setKafkaConsumerProperties(consumer);
        properties.setMessageListener(new Waker(signal));
        properties.setConsumerRebalanceListener(new Waker(signal));
        return new KafkaMessageListenerContainer<>(consumers, properties);
    }
}
