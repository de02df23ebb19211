package org.sipar.stream.internal.federation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sipar.intel.Change;
import org.sipar.intel.ChangePage;
import org.sipar.intel.Intelligence;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes a link's organisation's intelligence to the remote collection: it follows intel's change log as that
 * organisation's reader (the sharing policy and granular markings applied), keeps the versions of the
 * organisation's own copy at or below the link's TLP that did not come from the same remote collection (no
 * loops), and POSTs them as one envelope per page of changes. A deletion, or a version that left what the link may
 * carry, is sent as a TAXII DELETE of that version, only for what this link sent. The cursor moves once the remote
 * accepted a page, so a failure sends the page again at the next turn (the remote counts duplicates).
 */
@Component
class Pusher {

    private static final int PAGE = 500;

    private final LinkStore links;
    private final Origins origins;
    private final Intelligence intelligence;
    private final PushReader readers;
    private final RemoteStatus statuses;
    private final Clock clock;

    Pusher(LinkStore links, Origins origins, Intelligence intelligence, PushReader readers, RemoteStatus statuses,
           Clock clock) {
        this.links = links;
        this.origins = origins;
        this.intelligence = intelligence;
        this.readers = readers;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** Pushes the changes after the link's cursor, up to {@code maxPages} pages of them; returns how many objects went. */
    int push(Link link, TaxiiClient client, String authorization, int maxPages) {
        Reader reader = readers.of(link);
        long after = link.state().pushCursor();
        int sent = 0;
        for (int pages = 0; pages < maxPages; pages++) {
            ChangePage page = intelligence.changes(reader, after, PAGE);
            List<StoredObject> out = new ArrayList<>();
            List<String[]> gone = new ArrayList<>();
            page.changes().forEach(c -> sort(link, reader, c, out, gone));
            if (!out.isEmpty()) {
                send(link, client, authorization, out);
            }
            gone.forEach(v -> delete(link, client, authorization, v));
            links.pushed(link.id(), page.next(), out.size());
            sent += out.size();
            after = page.next();
            if (!page.more()) {
                break;
            }
        }
        return sent;
    }

    private void sort(Link link, Reader reader, Change change, List<StoredObject> out, List<String[]> gone) {
        switch (change) {
            case Change.Added added -> {
                StoredObject v = added.version();
                if (mayCarry(link, v) && ownCopy(reader, v) && !origins.cameFrom(link, v.id())) {
                    out.add(v);
                } else if (origins.wasSent(link.id(), v.id(), v.modified())) {
                    gone.add(new String[] {v.id(), v.modified()});
                }
            }
            case Change.VersionDeleted d -> sentBefore(link, d.id(), d.modified(), gone);
            case Change.VersionWithdrawn w -> sentBefore(link, w.id(), w.modified(), gone);
        }
    }

    private void sentBefore(Link link, String id, String modified, List<String[]> gone) {
        if (origins.wasSent(link.id(), id, modified)) {
            gone.add(new String[] {id, modified});
        }
    }

    private static boolean mayCarry(Link link, StoredObject v) {
        return v.tlp() != null && v.tlp().ordinal() <= link.pushMaxTlp().ordinal();
    }

    /** Only what the organisation itself publishes goes out, never what others shared with it. */
    private boolean ownCopy(Reader reader, StoredObject v) {
        return intelligence.held(reader, v.id()).isPresent();
    }

    private void send(Link link, TaxiiClient client, String authorization, List<StoredObject> out) {
        JsonMapper json = JsonMapper.shared();
        ObjectNode envelope = json.createObjectNode();
        ArrayNode objects = envelope.putArray("objects");
        out.forEach(v -> objects.add(v.content()));
        TaxiiClient.Answer answer = client.post(link.collectionUrl() + "objects/", authorization,
                json.writeValueAsString(envelope));
        statuses.follow(link, client, authorization, answer);
        out.forEach(v -> origins.sent(link.id(), v.id(), v.modified(), clock.instant()));
    }

    private void delete(Link link, TaxiiClient client, String authorization, String[] version) {
        String url = link.collectionUrl() + "objects/" + Puller.enc(version[0]) + "/?match[version]=" + Puller.enc(version[1]);
        try {
            client.delete(url, authorization);
        } catch (RemoteFailure e) {
            if (e.status() == 0 || e.status() >= 500) {
                throw e; // unreachable or broken: the page is sent again
            }
            // 403, 404, 405, 501: the remote does not delete for us; said on the link, not retried.
            links.noted(link.id(), "the remote did not delete " + version[0] + " (" + version[1] + "): " + e.getMessage(),
                    clock.instant());
        }
        origins.unsent(link.id(), version[0], version[1]);
    }
}
