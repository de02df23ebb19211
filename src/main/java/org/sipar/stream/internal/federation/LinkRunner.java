package org.sipar.stream.internal.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.ImportQueueFull;
import org.sipar.platform.OutboundAddresses;
import org.sipar.platform.Secrets;
import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one link once (its pull, then its push), under the link's lease so that no two nodes run it at once. A
 * failure (the remote unreachable or misbehaving, intel's queue full) is recorded on the link (its last error,
 * when, and how many runs failed in a row) and puts its next run off, doubling up to an hour; nothing local is
 * changed by a page that failed. Credentials are opened only here, for the request, and never logged.
 */
@Component
class LinkRunner {

    private static final Logger log = LoggerFactory.getLogger(LinkRunner.class);

    /** What one run did. */
    record Outcome(int pulled, int pushed, String error) {
    }

    private final LinkStore links;
    private final Puller puller;
    private final Pusher pusher;
    private final Reconciler reconciler;
    private final Secrets secrets;
    private final FederationSettings settings;
    private final TaxiiClient client;
    private final Clock clock;

    LinkRunner(LinkStore links, Puller puller, Pusher pusher, Reconciler reconciler, Secrets secrets,
               FederationSettings settings, SiparSettings sipar, Clock clock) {
        this.links = links;
        this.puller = puller;
        this.pusher = pusher;
        this.reconciler = reconciler;
        this.secrets = secrets;
        this.settings = settings;
        this.clock = clock;
        this.client = new TaxiiClient(settings, allowance(settings, sipar));
    }

    static OutboundAddresses.Allowance allowance(FederationSettings settings, SiparSettings sipar) {
        return new OutboundAddresses.Allowance(settings.allowPrivateNetworks(), sipar.demo());
    }

    OutboundAddresses.Allowance allowance() {
        return client.allowance();
    }

    /** Runs link {@code id} now if no node is running it; empty when another node is. */
    Optional<Outcome> run(UUID id) {
        return run(id, settings);
    }

    /** The same with other limits (a test's short timeouts). */
    Optional<Outcome> run(UUID id, FederationSettings limits) {
        Instant now = clock.instant();
        if (!links.lease(id, now, now.plus(leaseFor(limits)))) {
            return Optional.empty();
        }
        Link link = links.find(id).orElse(null);
        if (link == null) {
            return Optional.empty();
        }
        Outcome outcome = runLeased(link, limits == settings ? client : new TaxiiClient(limits, client.allowance()), limits);
        Duration pause = Duration.ofSeconds(link.everySeconds());
        if (outcome.error() != null) { // back off: every × 2^(failures-1), at most an hour
            int failures = Math.min(link.state().failures() + 1, 10);
            pause = min(pause.multipliedBy(1L << (failures - 1)), Duration.ofHours(1));
        }
        links.release(id, clock.instant().plus(pause));
        return Optional.of(outcome);
    }

    private Outcome runLeased(Link link, TaxiiClient taxii, FederationSettings limits) {
        try {
            String auth = authorization(link);
            int pulled = link.direction().pulls() ? puller.pull(link, taxii, auth, limits) : 0;
            if (link.direction().pulls() && reconcileDue(link, limits)) {
                reconciled(link, reconciler.reconcile(link, taxii, auth, limits));
            }
            Link now = link.direction().pushes() ? links.find(link.id()).orElse(link) : link;
            int pushed = link.direction().pushes() ? pusher.push(now, taxii, auth, limits.maxPagesPerRun()) : 0;
            links.succeeded(link.id(), clock.instant());
            return new Outcome(pulled, pushed, null);
        } catch (RemoteFailure | ImportQueueFull | IllegalStateException e) {
            return failed(link, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Federation link {} failed", link.id(), e);
            return failed(link, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Outcome failed(Link link, String error) {
        log.info("Federation link {} ({}) failed: {}", link.name(), link.id(), error);
        links.failed(link.id(), error, clock.instant());
        return new Outcome(0, 0, error);
    }

    /** Reconciles link {@code link} now, with this node's limits, and keeps the outcome on the link. */
    Reconciliation reconcile(Link link) {
        return reconciled(link, reconciler.reconcile(link, client, authorization(link), settings));
    }

    private Reconciliation reconciled(Link link, Reconciliation r) {
        links.reconciled(link.id(), tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(r), clock.instant());
        return r;
    }

    /** Whether a run reconciles too: {@code sipar.federation.reconcile-every} after the last time, or after creation. */
    private boolean reconcileDue(Link link, FederationSettings limits) {
        Instant since = link.state().reconciledAt() != null ? link.state().reconciledAt() : link.state().createdAt();
        return !limits.reconcileEvery().isZero() && since != null
                && !since.plus(limits.reconcileEvery()).isAfter(clock.instant());
    }

    private String authorization(Link link) {
        String secret = link.sealedSecret() == null ? null : secrets.open(link.sealedSecret());
        return TaxiiClient.authorization(link.auth(), link.authUser(), secret);
    }

    /** Long enough for a whole run: every page may take the request timeout. */
    private static Duration leaseFor(FederationSettings limits) {
        return limits.requestTimeout().plus(limits.connectTimeout()).multipliedBy(limits.maxPagesPerRun() + 2L);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
