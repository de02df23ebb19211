package org.sipar.taxii.internal;

import java.time.Duration;
import java.util.Set;
import org.sipar.intel.ImportQueueFull;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.platform.PeriodicWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes the pending TAXII requests of nodes that are gone, on this node: every half minute (once per cluster,
 * as the platform's periodic work), a request held by a node silent for {@link TaxiiNode#LEASE_SECONDS} is
 * completed if its import ended, else imported here again from its kept envelope ({@link Envelopes}) and handed
 * to this node. A live node's requests are never touched, nor this node's own (its import queue resumes them),
 * so a starting node fails nobody's request. Imported twice (the gone node returns and resumes its copy), objects
 * count as duplicates the second time; the status follows this node's import.
 */
@Component
class Takeover implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(Takeover.class);
    static final String NODE_LOST = "The Sipar node that accepted this request stopped before importing it, and no"
            + " copy of the request was kept for another node; send it again";

    private final StatusStore statuses;
    private final Envelopes envelopes;
    private final AddObjects adder;
    private final Intelligence intelligence;
    private final TaxiiNode node;

    Takeover(StatusStore statuses, Envelopes envelopes, AddObjects adder, Intelligence intelligence, TaxiiNode node) {
        this.statuses = statuses;
        this.envelopes = envelopes;
        this.adder = adder;
        this.intelligence = intelligence;
        this.node = node;
    }

    @Override
    public String name() {
        return "taxii.takeover";
    }

    @Override
    public Duration every() {
        return Duration.ofSeconds(30);
    }

    @Override
    public Duration firstAfter() {
        return Duration.ofSeconds(30);
    }

    @Override
    public void run() {
        int taken = 0;
        for (StatusStore.Held held : statuses.orphaned(node.id(), TaxiiNode.LEASE_SECONDS, 100)) {
            try {
                taken += take(held) ? 1 : 0;
            } catch (ImportQueueFull full) {
                break; // the rest next time
            }
        }
        if (taken > 0) {
            log.info("Took over {} pending TAXII request(s) from nodes that are gone", taken);
        }
    }

    /** Completes or re-imports one request of a gone node; true if this node now has it. */
    boolean take(StatusStore.Held held) {
        StatusStore.Row row = statuses.find(held.id()).orElse(null);
        if (row == null || !row.pending() || adder.completeIfFinished(row)) {
            return false;
        }
        if (!envelopes.has(held.id())) {
            statuses.complete(row.id(), Outcome.of(row.objects(), null, NODE_LOST));
            return false;
        }
        Publication publication = new Publication(row.organisation(), row.person(), Set.of(), row.groups(), Set.of(), "TAXII");
        ImportReport queued = intelligence.submit(publication, out -> envelopes.writeTo(held.id(), out));
        if (!statuses.takeOver(row.id(), held.node(), node.id(), queued.id())) {
            return false;
        }
        // Its import may have ended before the status named it: the event that completes the status then missed it.
        statuses.find(row.id()).filter(StatusStore.Row::pending).ifPresent(adder::completeIfFinished);
        return true;
    }
}
