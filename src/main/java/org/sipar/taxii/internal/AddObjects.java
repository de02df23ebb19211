package org.sipar.taxii.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sipar.intel.ImportFinished;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.sharing.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds the objects of a TAXII envelope to a collection, published by the caller to the collection's
 * recipients. The envelope is written as a bundle into intel's import queue ({@link Intelligence#submit}),
 * which keeps it on disk and runs it as soon as an import thread is free; the request is acknowledged with a
 * pending status at once. The status follows the import's report, one success or failure per object, and is
 * completed when the import ends ({@link ImportFinished}), or at the latest when it is next read or at the
 * next start, should that event have been missed.
 */
@Service
class AddObjects {

    private static final Logger log = LoggerFactory.getLogger(AddObjects.class);

    /** Why the objects of a request from before the import queue, left pending by a stop, were not imported. */
    static final String SPOOL_LOST = "Sipar stopped before this object was imported and the spooled copy of the"
            + " request was lost; send it again";

    private final Spool spool;
    private final StatusStore statuses;
    private final Intelligence intelligence;
    private final JsonMapper json;
    private final Duration answerWithin;

    private final Envelopes envelopes;
    private final TaxiiNode node;
    private final TransactionTemplate transaction;

    AddObjects(Spool spool, StatusStore statuses, Intelligence intelligence, JsonMapper json, TaxiiSettings settings,
               Envelopes envelopes, TaxiiNode node, TransactionTemplate transaction) {
        this.answerWithin = settings.addAnswerWithin();
        this.envelopes = envelopes;
        this.node = node;
        this.transaction = transaction;
        this.spool = spool;
        this.statuses = statuses;
        this.intelligence = intelligence;
        this.json = json;
    }

    /**
     * Queues the import of the envelope read from {@code body} and returns its status resource: complete when the
     * import ended within {@code sipar.taxii.add-answer-within} (not waited for {@code atOnce}), else pending.
     */
    String add(Caller caller, Collection target, InputStream body, boolean atOnce) throws IOException {
        UUID statusId = UUID.randomUUID();
        UUID person = caller.user().personId();
        UUID organisation = caller.user().organisationId();
        Publication publication = new Publication(organisation, person, Set.of(), target.recipientGroups(), Set.of(), "TAXII");
        List<List<ObjectNode>> noted = new ArrayList<>(1);
        Path copy = envelopes.newCopy();
        try {
            ImportReport report;
            try (OutputStream copied = Files.newOutputStream(copy)) {
                report = intelligence.submit(publication, bundle -> noted.add(spool.write(statusId, body,
                        new Tee(bundle, copied))), atOnce ? Duration.ZERO : answerWithin);
            }
            List<ObjectNode> objects = noted.getFirst();
            if (!report.status().finished()) { // the request as accepted: all pending, its copy kept for any node
                return resource(transaction.execute(s -> {
                    StatusStore.Row row = statuses.begin(statusId, person, organisation, target.id(),
                            target.recipientGroups(), objects, report.id(), node.id());
                    envelopes.keep(statusId, copy);
                    return row;
                }), null);
            }
            return resource(statuses.completed(statusId, person, organisation, target.id(), target.recipientGroups(),
                    objects.size(), report.id(), Outcome.of(objects, report, Outcome.unreached(report))), null);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The status resource {@code id} if {@code person} made the request; while pending, as far as the import has got. */
    Optional<String> status(UUID id, UUID person) {
        return statuses.find(id, person).map(row -> {
            if (!row.pending()) {
                return resource(row, null);
            }
            ImportReport report = report(row);
            if (report != null && report.status().finished()) {
                // The import is over but its end has not reached the status yet: the status completes now.
                Outcome outcome = Outcome.of(row.objects(), report, Outcome.unreached(report));
                statuses.complete(row.id(), outcome);
                return resource(statuses.find(id, person).orElseThrow(), null);
            }
            return resource(row, report);
        });
    }

    /** Completes the status of the request that the import ran, once its report is saved. */
    @ApplicationModuleListener
    void on(ImportFinished finished) {
        statuses.pendingOf(finished.importId()).ifPresent(this::completeIfFinished);
    }

    /**
     * Completes the statuses left pending whose import ended meanwhile (a crash between the import's end and
     * the status update) or that have no import (from before the import queue, whose spooled copies are gone).
     * The others complete when their import, queued again by intel at this start, ends.
     */
    @EventListener(ApplicationReadyEvent.class)
    void completeInterrupted() {
        int completed = 0;
        for (UUID id : statuses.pending()) {
            StatusStore.Row row = statuses.find(id).orElse(null);
            if (row != null && completeIfFinished(row)) {
                completed++;
            }
        }
        if (completed > 0) {
            log.info("Completed {} TAXII status(es) whose import had ended before the last stop", completed);
        }
    }

    boolean completeIfFinished(StatusStore.Row row) {
        if (row.importId() == null) {
            statuses.complete(row.id(), Outcome.of(row.objects(), null, SPOOL_LOST));
            return true;
        }
        ImportReport report = report(row);
        if (report == null || !report.status().finished()) {
            return false;
        }
        statuses.complete(row.id(), Outcome.of(row.objects(), report, Outcome.unreached(report)));
        return true;
    }

    /** The report of the import of {@code request} as far as it got, if it has one. */
    private ImportReport report(StatusStore.Row request) {
        if (request.importId() == null || request.organisation() == null) {
            return null;
        }
        Reader publisher = new Reader(request.person(), request.organisation(), false, Set.of());
        return intelligence.importReport(publisher, request.importId()).orElse(null);
    }

    /** The resource of {@code row}; a pending one shows {@code progress}, the import's report so far (or null). */
    private String resource(StatusStore.Row row, ImportReport progress) {
        ObjectNode node = json.createObjectNode();
        node.put("id", row.id().toString());
        node.put("status", row.status());
        node.put("request_timestamp", Taxii.timestamp(row.requested()));
        node.put("total_count", row.total());
        if (row.pending()) {
            Outcome outcome = Outcome.of(row.objects(), progress, null);
            counts(node, outcome.successes().size(), outcome.failures().size(), outcome.pendings().size());
            lists(node, outcome.successes(), outcome.failures(), outcome.pendings());
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
