package org.sipar.stream.internal.cluster;

import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.sipar.stream.internal.FeedSignal;
import org.springframework.kafka.listener.MessageListener;

/**
 * Wakes this node's feed for every change notice from Kafka, and once when the topic is assigned: a change
 * committed on another node while this one was not yet following is then read from the change log too.
 */
final class Waker implements MessageListener<Object, Object>, ConsumerRebalanceListener {

    private final FeedSignal signal;

    Waker(FeedSignal signal) {
        this.signal = signal;
    }

    @Override
    public void onMessage(ConsumerRecord<Object, Object> notice) {
        signal.wake();
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        signal.wake();
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    }
}
