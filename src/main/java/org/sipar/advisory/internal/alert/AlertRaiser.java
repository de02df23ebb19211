package org.sipar.advisory.internal.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.advisory.AdvisoryPublished;
import org.sipar.advisory.internal.alert.AffectedProducts.Affected;
import org.sipar.advisory.internal.alert.PublishedRevisions.Revision;
import org.sipar.platform.Audit;
import org.sipar.sharing.SharingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises the alerts of a published revision: for each organisation that registered a product the revision says is
 * affected, and whose members may see the advisory under the sharing policy ({@link OrganisationReaders}), one alert
 * per product and one mail to its contact address. Redelivered events, and later revisions affecting the same
 * product, raise nothing again: an alert is unique per organisation, advisory and product, and only new ones are mailed.
 */
@Service
public class AlertRaiser {

    private static final Logger log = LoggerFactory.getLogger(AlertRaiser.class);
    private final PublishedRevisions revisions;
    private final Products products;
    private final Alerts alerts;
    private final OrganisationReaders readers;
    private final SharingPolicy policy;
    private final AlertMail mail;
    private final Audit audit;
    private final Clock clock;

    AlertRaiser(PublishedRevisions revisions, Products products, Alerts alerts, OrganisationReaders readers,
                SharingPolicy policy, AlertMail mail, Audit audit, Clock clock) {
        this.revisions = revisions;
        this.products = products;
        this.alerts = alerts;
        this.readers = readers;
        this.policy = policy;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registered product and the advisory's product it matched. */
    record Match(RegisteredProduct product, Affected affected) {
    }

    @ApplicationModuleListener
    void on(AdvisoryPublished published) {
        raise(published);
    }

    /**
     * Raises the alerts {@code published} calls for that were not raised yet; returns how many it raised. A withdrawal
     * raises none and closes the advisory's open ones.
     */
    @Transactional
    public int raise(AdvisoryPublished published) {
        if (published.withdrawn()) {
            closeWithdrawn(published);
            return 0;
        }
        Revision revision = revisions.find(published.advisoryId(), published.revision()).orElse(null);
        if (revision == null || revision.affected().isEmpty()) {
            return 0;
        }
        int raised = 0;
        for (Map.Entry<UUID, List<Match>> org : matches(revision).entrySet()) {
            if (policy.maySee(readers.of(org.getKey()), revision.distribution())) {
                raised += raise(org.getKey(), revision, org.getValue());
            }
        }
        return raised;
    }

    private void closeWithdrawn(AdvisoryPublished published) {
        int closed = alerts.closeWithdrawn(published.advisoryId(), clock.instant());
        if (closed > 0) {
            audit.record(new Audit.Entry(null, "system", "advisory.alert.close", published.trackingId(), true, null,
                    Map.of("alerts", closed, "reason", "withdrawn")));
        }
    }

    private int raise(UUID organisation, Revision revision, List<Match> matches) {
        List<Match> fresh = matches.stream().filter(m -> alerts.raise(new Alert(UUID.randomUUID(), organisation,
                revision.advisoryId(), revision.revision(), revision.trackingId(), m.product().identifier().canonical(),
                m.affected().name(), clock.instant(), null, null, null, null, null), m.product().id())).toList();
        if (!fresh.isEmpty()) {
            mail.send(organisation, revision, fresh);
            audit.record(new Audit.Entry(null, "system", "advisory.alert.raise", revision.trackingId(), true, null,
                    Map.of("organisation", mail.organisationName(organisation), "products", fresh.size())));
            log.info("Advisory {} alerted organisation {} about {} product(s)", revision.trackingId(), organisation, fresh.size());
        }
        return fresh.size();
    }

    /** The registered products the revision's affected products match, by organisation. */
    private Map<UUID, List<Match>> matches(Revision revision) {
        Map<String, List<Affected>> byKey = revision.affected().stream()
                .collect(Collectors.groupingBy(a -> a.identifier().matchKey()));
        Map<UUID, List<Match>> byOrganisation = new LinkedHashMap<>();
        for (RegisteredProduct p : products.withKeys(byKey.keySet())) {
            byKey.get(p.identifier().matchKey()).stream().filter(a -> p.identifier().matches(a.identifier())).findFirst()
                    .ifPresent(a -> byOrganisation.computeIfAbsent(p.organisationId(), k -> new ArrayList<>()).add(new Match(p, a)));
        }
        return byOrganisation;
    }
}
