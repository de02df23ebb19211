package org.sipar.stream.internal.cluster;

import java.time.Clock;
import java.time.Duration;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.platform.PeriodicWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;

/**
 * Sends again, once a minute and once per cluster, the change notices that could not reach Kafka (a broker down or
 * unreachable for longer than the producer waits): their publications stay incomplete in the event publication
 * registry, and each start republishes them too ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Only the externalisation of intelligence changes is resubmitted here, never another module's listeners.
 */
@Component
@ConditionalOnProperty(KafkaSwitch.SETTING)
class KafkaResubmission implements PeriodicWork {

    /** Older than the producer's own wait for a broker (max.block.ms, a minute), so never one still being sent. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(2);

    private final IncompleteEventPublications incomplete;
    private final Clock clock;

    KafkaResubmission(IncompleteEventPublications incomplete, Clock clock) {
        this.incomplete = incomplete;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "stream.kafka-resubmission";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        incomplete.resubmitIncompletePublications(this::stuckNotice);
    }

    boolean stuckNotice(EventPublication publication) {
        return publication.getEvent() instanceof IntelligenceChanged
                && publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().contains("EventExternalization")
                && publication.getPublicationDate().isBefore(clock.instant().minus(STUCK_AFTER));
    }
}
