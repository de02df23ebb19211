package org.sipar.stream.internal.federation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.Secrets;
import org.springframework.stereotype.Service;

/**
 * Who manages links, and how: a hub administrator for any organisation, an organisation administrator for their
 * own only (what a link pulls is published by that organisation and what it pushes is that organisation's, as with
 * its webhooks). Every creation, change, credential change, deletion and reconciliation is audited, never with
 * the credential itself; the secret is sealed at once and never shown back.
 */
@Service
class Links {

    private final LinkStore store;
    private final LinkRunner runner;
    private final Secrets secrets;
    private final Audit audit;
    private final Clock clock;

    Links(LinkStore store, LinkRunner runner, Secrets secrets, Audit audit, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The links {@code user} may manage. */
    List<Link> visibleTo(CurrentUser user) {
        return store.all().stream().filter(l -> user.administers(l.organisationId())).toList();
    }

    Link get(CurrentUser user, UUID id) {
        Link link = store.find(id).orElseThrow(() -> new NotFound("federation link", id));
        if (!user.administers(link.organisationId())) {
            throw new NotFound("federation link", id); // another organisation's link is not even named
        }
        return link;
    }

    Link create(CurrentUser user, LinkForm form) {
        LinkForm own = ownOrganisation(user, form);
        boolean secretGiven = own.secret() != null && !own.secret().isEmpty();
        Link link = LinkValidation.link(UUID.randomUUID(), user.personId(), own,
                secretGiven ? secrets.seal(own.secret()) : null, secretGiven, runner.allowance(), Link.State.NEW);
        store.insert(link, clock.instant());
        audit.record("stream.federation.create", link.id().toString(), details(link, secretGiven));
        return link;
    }

    Link update(CurrentUser user, UUID id, LinkForm form) {
        Link held = get(user, id);
        LinkForm own = ownOrganisation(user, form);
        boolean secretGiven = own.secret() != null && !own.secret().isEmpty();
        Link link = LinkValidation.link(id, held.createdBy(), own, secretGiven ? secrets.seal(own.secret()) : held.sealedSecret(),
                secretGiven, runner.allowance(), held.state());
        store.update(link, clock.instant());
        audit.record("stream.federation.update", id.toString(), details(link, secretGiven));
        if (secretGiven || link.auth() != held.auth()) {
            audit.record("stream.federation.credentials", id.toString(), Map.of("name", link.name(), "auth", link.auth().name()));
        }
        return link;
    }

    void delete(CurrentUser user, UUID id) {
        Link link = get(user, id);
        store.delete(id);
        audit.record("stream.federation.delete", id.toString(), Map.of("name", link.name(), "apiRoot", link.apiRoot()));
    }

    Reconciliation reconcile(CurrentUser user, UUID id) {
        Link link = get(user, id);
        Reconciliation r = runner.reconcile(link);
        audit.record("stream.federation.reconcile", id.toString(), Map.of("name", link.name(), "missingHere", r.missingHere().size(),
                "missingThere", r.missingThere().size(), "different", r.differentVersions().size(),
                "fetched", r.fetched(), "deleted", r.deleted(), "complete", r.complete()));
        return r;
    }

    /** Runs the link now (the "sync now" button and API). */
    LinkRunner.Outcome syncNow(CurrentUser user, UUID id) {
        Link link = get(user, id);
        audit.record("stream.federation.sync", id.toString(), Map.of("name", link.name()));
        for (int wait = 0; wait < 100; wait++) { // a scheduled run may hold the link: wait up to 10 s for it
            var outcome = runner.run(id);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            pause();
        }
        return new LinkRunner.Outcome(0, 0, "another run of this link is still going on");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An organisation administrator's links are their own organisation's, whatever the form says. */
    private static LinkForm ownOrganisation(CurrentUser user, LinkForm f) {
        if (user.isHubAdmin()) {
            return f;
        }
        if (f.organisation() != null && !f.organisation().equals(user.organisationId())) {
            throw new NotPermitted("An organisation administrator links only their own organisation");
        }
        return new LinkForm(f.name(), user.organisationId(), f.apiRoot(), f.collection(), f.auth(), f.user(), f.secret(),
                f.direction(), f.every(), f.unmarkedTlp(), f.recipientOrgs(), f.recipientGroups(), f.pushMaxTlp());
    }

    private static Map<String, Object> details(Link l, boolean secretGiven) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", l.name());
        d.put("organisation", l.organisationId().toString());
        d.put("apiRoot", l.apiRoot());
        d.put("collection", l.collectionId());
        d.put("direction", l.direction().name());
        d.put("auth", l.auth().name());
        d.put("newCredential", secretGiven);
        d.put("every", LinkValidation.every(l.everySeconds()));
        d.put("unmarkedTlp", l.unmarkedTlp().label());
        d.put("pushMaxTlp", l.pushMaxTlp().label());
        return d;
    }
}
