package org.sipar.stream.internal.federation;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pulls a link's remote collection: {@code GET objects/?added_after=<cursor>}, following {@code next}, each page
 * imported through intel's one import path (same validation, an import report per page) as published by the
 * link's organisation to its recipients. The cursor (the remote's {@code X-TAXII-Date-Added-Last}) moves only
 * once a page's import has ended, so a stop at any point resumes from the last page imported; a page imported
 * twice counts as duplicates. Nothing new upstream costs one request.
 */
@Component
class Puller {

    private final LinkStore links;
    private final Origins origins;
    private final Intelligence intelligence;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.shared();

    Puller(LinkStore links, Origins origins, Intelligence intelligence, Clock clock) {
        this.links = links;
        this.origins = origins;
        this.intelligence = intelligence;
        this.clock = clock;
    }

    /**
     * Pulls what was added upstream since the cursor, up to {@code maxPages} pages; returns how many objects came.
     * Pages are gathered into imports of up to {@value #IMPORT_BATCH} objects (an import has a fixed cost: its spool
     * forced to disk, its report), and the next page is fetched while the gathered ones are imported.
     */
    int pull(Link link, TaxiiClient client, String authorization, FederationSettings settings) {
        String cursor = link.state().pullCursor();
        String base = link.collectionUrl() + "objects/?limit=" + settings.pageSize();
        String first = cursor == null ? base : base + "&added_after=" + enc(cursor);
        String url = first;
        Set<String> nexts = new HashSet<>();
        Batch batch = new Batch();
        int total = 0;
        CompletableFuture<TaxiiClient.Answer> fetch = CompletableFuture.completedFuture(client.get(url, authorization));
        for (int pages = 1; ; pages++) {
            TaxiiClient.Answer answer = joined(fetch);
            JsonNode objects = objectsOf(answer, url);
            batch.add(objects, answer.dateAddedLast());
            boolean last = !answer.body().path("more").asBoolean(false) || pages >= settings.maxPagesPerRun();
            if (!last) { // a capped run goes on from its cursor at the next turn
                url = nextUrl(first, base, answer, objects, nexts, url);
                String next = url;
                fetch = CompletableFuture.supplyAsync(() -> client.get(next, authorization), FETCHES);
            }
            if (last || batch.objects.size() >= IMPORT_BATCH) {
                total += batch.objects.isEmpty() ? 0 : importPage(link, batch.objects, batch.added, batch.header);
                batch = new Batch();
            }
            if (last) {
                return total;
            }
        }
    }

    private static final int IMPORT_BATCH = 10_000;
    private static final java.util.concurrent.ExecutorService FETCHES =
            java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    /** Pages gathered for one import: their objects, each one's page's last date added, the last page's header. */
    private static final class Batch {
        final tools.jackson.databind.node.ArrayNode objects = JsonMapper.shared().createArrayNode();
        final List<Instant> added = new ArrayList<>();
        String header;

        void add(JsonNode page, String dateAddedLast) {
            Instant at = parsed(dateAddedLast);
            page.forEach(o -> {
                objects.add(o);
                added.add(at);
            });
            header = dateAddedLast == null ? header : dateAddedLast;
        }
    }

    private static TaxiiClient.Answer joined(CompletableFuture<TaxiiClient.Answer> fetch) {
        try {
            return fetch.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The next page: the first request's filters with the remote's {@code next}, else after its last date added. */
    private static String nextUrl(String first, String base, TaxiiClient.Answer answer, JsonNode objects,
                                  Set<String> nexts, String url) {
        if (objects.isEmpty()) {
            throw new RemoteFailure(url + " said more objects follow but sent none");
        }
        String next = answer.body().path("next").asString(null);
        if (next != null && !nexts.add(next)) {
            throw new RemoteFailure(url + " gave the same next cursor twice ('" + next + "'): its paging does not end");
        }
        if (next != null) {
            return first + "&next=" + enc(next);
        }
        if (answer.dateAddedLast() == null) {
            throw new RemoteFailure(url + " said more follow, without a next cursor or X-TAXII-Date-Added-Last");
        }
        return base + "&added_after=" + enc(answer.dateAddedLast());
    }

    private static JsonNode objectsOf(TaxiiClient.Answer answer, String url) {
        if (answer.body() == null || !answer.body().isObject()) {
            throw new RemoteFailure(url + " answered without a TAXII envelope");
        }
        JsonNode objects = answer.body().path("objects");
        if (!objects.isMissingNode() && !objects.isArray()) {
            throw new RemoteFailure(url + " answered an envelope whose objects is not a list");
        }
        return objects.isMissingNode() ? json().createArrayNode() : objects;
    }

    /** Imports one page's objects (a reconciliation's fetch) and records where they came from. */
    int importPage(Link link, JsonNode objects, String dateAddedLast) {
        List<Instant> added = new ArrayList<>();
        objects.forEach(o -> added.add(parsed(dateAddedLast)));
        return importPage(link, objects, added, dateAddedLast);
    }

    /** Imports objects, records where they came from, then moves the cursor to {@code dateAddedLast}. */
    private int importPage(Link link, JsonNode objects, List<Instant> added, String dateAddedLast) {
        ObjectNode bundle = json.createObjectNode().put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
        bundle.set("objects", objects);
        Publication publication = new Publication(link.organisationId(), link.createdBy(), link.recipientOrgs(),
                link.recipientGroups(), Set.of(), "federation: " + link.name(), link.unmarkedTlp());
        ImportReport report = intelligence.ingest(new ByteArrayInputStream(json.writeValueAsBytes(bundle)), publication);
        Instant now = clock.instant();
        origins.imported(link.id(), new Origins.PullImport(report.id(), now, objects.size(),
                report.totals().accepted(), report.totals().rejected(), report.status().name()));
        if (report.status() == ImportStatus.FAILED) {
            throw new RemoteFailure("the import of a page failed (report " + report.id() + "): "
                    + String.join("; ", report.notes()));
        }
        origins.record(link.id(), link.collectionId(), versions(objects, added, report), now);
        links.pulled(link.id(), dateAddedLast, parsed(dateAddedLast), objects.size());
        return objects.size();
    }

    /** The [id, modified, remote date added] of each object the import did not reject. */
    private static List<String[]> versions(JsonNode objects, List<Instant> added, ImportReport report) {
        Set<Long> rejected = new HashSet<>();
        report.rejections().forEach(r -> rejected.add(r.index()));
        List<String[]> versions = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            String id = o.path("id").asString(null);
            String modified = o.path("modified").asString(o.path("created").asString(null));
            if (!rejected.contains((long) i) && id != null && modified != null) {
                versions.add(new String[] {id, modified, added.get(i) == null ? null : added.get(i).toString()});
            }
        }
        return versions;
    }

    private static Instant parsed(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonMapper json() {
        return JsonMapper.shared();
    }
}
