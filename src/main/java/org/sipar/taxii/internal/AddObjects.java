package org.sipar.taxii.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds the objects of a TAXII envelope to a collection, published by the caller to the collection's
 * recipients. The request is spooled to disk and acknowledged at once with a pending status; the import
 * runs in the background ({@link AddQueue}) and the status follows it, one success or failure per object.
 */
@Service
class AddObjects {

    private final Spool spool;
    private final StatusStore statuses;
    private final AddQueue queue;
    private final JsonMapper json;

    AddObjects(Spool spool, StatusStore statuses, AddQueue queue, JsonMapper json) {
        this.spool = spool;
        this.statuses = statuses;
        this.queue = queue;
        this.json = json;
    }

    /** Spools the envelope read from {@code body}, queues its import and returns its (pending) status resource. */
    String add(Caller caller, Collection target, InputStream body) throws IOException {
        UUID statusId = UUID.randomUUID();
        List<ObjectNode> objects = spool.write(statusId, body);
        try {
            statuses.begin(statusId, caller.user().personId(), caller.user().organisationId(), target.id(),
                    target.recipientGroups(), objects);
        } catch (RuntimeException e) {
            spool.delete(statusId);
            throw e;
        }
        // Written before the import is queued, so the answer is always the request as accepted: all pending.
        String accepted = status(statusId, caller.user().personId()).orElseThrow();
        queue.submit(statusId);
        return accepted;
    }

    /** The status resource {@code id} if {@code person} made the request; while pending, as far as the import has got. */
    Optional<String> status(UUID id, UUID person) {
        return statuses.find(id, person).map(this::resource);
    }

    private String resource(StatusStore.Row row) {
        ObjectNode node = json.createObjectNode();
        node.put("id", row.id().toString());
        node.put("status", row.status());
        node.put("request_timestamp", Taxii.timestamp(row.requested()));
        node.put("total_count", row.total());
        if (row.pending()) {
            Outcome progress = Outcome.of(row.objects(), queue.report(row, row.importId()), null);
            counts(node, progress.successes().size(), progress.failures().size(), progress.pendings().size());
            lists(node, progress.successes(), progress.failures(), progress.pendings());
        } else {
            counts(node, row.successCount(), row.failureCount(), 0);
            lists(node, row.successes(), row.failures(), List.of());
        }
        return json.writeValueAsString(node);
    }

    private static void counts(ObjectNode node, int successes, int failures, int pendings) {
        node.put("success_count", successes);
        node.put("failure_count", failures);
        node.put("pending_count", pendings);
    }

    /** TAXII lists are never empty: a list with nothing in it is left out. */
    private static void lists(ObjectNode node, List<ObjectNode> successes, List<ObjectNode> failures,
                              List<ObjectNode> pendings) {
        if (!successes.isEmpty()) {
            node.putArray("successes").addAll(successes);
        }
        if (!failures.isEmpty()) {
            node.putArray("failures").addAll(failures);
        }
        if (!pendings.isEmpty()) {
            node.putArray("pendings").addAll(pendings);
        }
    }
}
