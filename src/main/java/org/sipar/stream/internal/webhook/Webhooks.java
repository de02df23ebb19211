package org.sipar.stream.internal.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.OutboundAddresses;
import org.sipar.platform.Secrets;
import org.sipar.platform.SiparSettings;
import org.sipar.stream.internal.FeedFilter;
import org.springframework.stereotype.Service;

/**
 * What administrators do with their organisation's webhook endpoints, each action checked and audited: an
 * organisation's administrators (and the hub's, for the hub's own organisation) manage its endpoints, and no one
 * else learns that they exist (another organisation's endpoint is not found).
 */
@Service
public class Webhooks {

    /** What an administrator asks for; {@code fromStart} also sends what the store holds already. */
    public record Draft(String name, String url, FeedFilter filter, boolean fromStart) {
    }

    /** A registered endpoint (or one whose secret was rotated) with its secret, shown this once. */
    public record WithSecret(Endpoint endpoint, String secret) {
    }

    private final Endpoints endpoints;
    private final DeliveryQueue queue;
    private final Advancer advancer;
    private final WebhookDispatcher dispatcher;
    private final Secrets secrets;
    private final Audit audit;
    private final Clock clock;
    private final OutboundAddresses.Allowance allowance;

    Webhooks(Endpoints endpoints, DeliveryQueue queue, Advancer advancer, WebhookDispatcher dispatcher, Secrets secrets,
             Audit audit, Clock clock, WebhookSettings settings, SiparSettings sipar) {
        this.endpoints = endpoints;
        this.queue = queue;
        this.advancer = advancer;
        this.dispatcher = dispatcher;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
        this.allowance = Attempts.allowance(settings, sipar);
    }

    public List<Endpoint> list(CurrentUser caller) {
        return endpoints.ofOrganisation(organisation(caller));
    }

    public Endpoint get(CurrentUser caller, UUID id) {
        return endpoints.find(id).filter(e -> e.organisationId().equals(organisation(caller)))
                .orElseThrow(() -> new NotFound("webhook", id));
    }

    public WithSecret register(CurrentUser caller, Draft draft) {
        UUID organisation = organisation(caller);
        String name = checkedName(draft.name());
        String url = OutboundAddresses.checked("url", draft.url(), allowance).toString();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Endpoint endpoint = new Endpoint(id, organisation, caller.personId(), name, url, draft.filter(), false, null, 0, 0, now, now);
        long cursor = draft.fromStart() ? 0 : advancer.head(endpoint);
        endpoint = new Endpoint(id, organisation, caller.personId(), name, url, draft.filter(), false, null, cursor, 0, now, now);
        String secret = SigningKeys.newSecret();
        endpoints.insert(endpoint, secrets.seal(secret));
        audit.record("stream.webhook.registered", id.toString(), details(endpoint, Map.of("fromStart", draft.fromStart())));
        dispatcher.wake();
        return new WithSecret(endpoint, secret);
    }

    public Endpoint update(CurrentUser caller, UUID id, Draft draft) {
        Endpoint before = get(caller, id);
        String name = checkedName(draft.name());
        String url = OutboundAddresses.checked("url", draft.url(), allowance).toString();
        endpoints.update(id, name, url, draft.filter(), clock.instant());
        Endpoint after = get(caller, id);
        audit.record("stream.webhook.updated", id.toString(), details(after, Map.of("urlBefore", before.url())));
        dispatcher.wake();
        return after;
    }

    public Endpoint pause(CurrentUser caller, UUID id, boolean paused) {
        Endpoint endpoint = get(caller, id);
        endpoints.pause(id, paused, "manual", clock.instant());
        audit.record(paused ? "stream.webhook.paused" : "stream.webhook.resumed", id.toString(), details(endpoint, Map.of()));
        dispatcher.wake();
        return get(caller, id);
    }

    public WithSecret rotate(CurrentUser caller, UUID id) {
        Endpoint endpoint = get(caller, id);
        String secret = SigningKeys.newSecret();
        endpoints.rotate(id, secrets.seal(secret), clock.instant());
        audit.record("stream.webhook.secret-rotated", id.toString(), details(endpoint, Map.of()));
        return new WithSecret(get(caller, id), secret);
    }

    public void delete(CurrentUser caller, UUID id) {
        Endpoint endpoint = get(caller, id);
        endpoints.delete(id);
        audit.record("stream.webhook.deleted", id.toString(), details(endpoint, Map.of()));
    }

    /** Puts one dead delivery ({@code delivery}), or all when null, back in the queue; how many. */
    public int replay(CurrentUser caller, UUID id, Long delivery) {
        Endpoint endpoint = get(caller, id);
        int replayed = queue.replay(id, delivery, clock.instant());
        if (delivery != null && replayed == 0) {
            throw new NotFound("dead delivery", delivery);
        }
        audit.record("stream.webhook.replayed", id.toString(), details(endpoint,
                Map.of("deliveries", replayed, "delivery", delivery == null ? "all" : delivery.toString())));
        dispatcher.wake();
        return replayed;
    }

    public List<Delivery> deliveries(CurrentUser caller, UUID id, String status, int limit) {
        get(caller, id);
        return queue.of(id, status, limit);
    }

    private static UUID organisation(CurrentUser caller) {
        if (!caller.administers(caller.organisationId())) {
            throw new NotPermitted("Only an administrator of " + caller.organisationName() + " manages its webhooks");
        }
        return caller.organisationId();
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100 || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InputRejected(List.of(new InputRejected.Problem("name", trimmed,
                    "must be 1 to 100 characters without control characters", "stream.webhook.badName", List.of())));
        }
        return trimmed;
    }

    private static Map<String, Object> details(Endpoint e, Map<String, ?> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", e.name());
        details.put("url", e.url());
        details.put("filter", WebhookJson.sentence(e.filter()));
        details.putAll(more);
        return details;
    }
}
