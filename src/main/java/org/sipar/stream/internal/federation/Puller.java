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

    /** Pulls what was added upstream since the cursor, up to {@code maxPages} pages; returns how many objects came. */
    int pull(Link link, TaxiiClient client, String authorization, FederationSettings settings) {
        String cursor = link.state().pullCursor();
        String base = link.collectionUrl() + "objects/?limit=" + settings.pageSize();
        String url = cursor == null ? base : base + "&added_after=" + enc(cursor);
        Set<String> nexts = new HashSet<>();
        int total = 0;
        for (int pages = 1; ; pages++) {
            TaxiiClient.Answer answer = client.get(url, authorization);
            JsonNode objects = objectsOf(answer, url);
            if (!objects.isEmpty()) {
                total += importPage(link, objects, answer.dateAddedLast());
            }
            if (!answer.body().path("more").asBoolean(false) || pages >= settings.maxPagesPerRun()) {
                return total; // a capped run goes on from its cursor at the next turn
            }
            url = nextUrl(base, answer, objects, nexts, url);
        }
    }

    private static String nextUrl(String base, TaxiiClient.Answer answer, JsonNode objects, Set<String> nexts, String url) {
        if (objects.isEmpty()) {
            throw new RemoteFailure(url + " said more objects follow but sent none");
        }
        String next = answer.body().path("next").asString(null);
        if (next != null && !nexts.add(next)) {
            throw new RemoteFailure(url + " gave the same next cursor twice ('" + next + "'): its paging does not end");
        }
        if (next != null) {
            return base + (answer.dateAddedLast() == null ? "" : "") + "&next=" + enc(next);
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

    /** Imports one page's objects and records where they came from; then moves the cursor. */
    int importPage(Link link, JsonNode objects, String dateAddedLast) {
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
        Instant remoteAdded = parsed(dateAddedLast);
        origins.record(link.id(), link.collectionId(), versions(objects, report), remoteAdded, now);
        links.pulled(link.id(), dateAddedLast, remoteAdded, objects.size());
        return objects.size();
    }

    /** The [id, modified] of each object the import did not reject. */
    private static List<String[]> versions(JsonNode objects, ImportReport report) {
        Set<Long> rejected = new HashSet<>();
        report.rejections().forEach(r -> rejected.add(r.index()));
        List<String[]> versions = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            String id = o.path("id").asString(null);
            String modified = o.path("modified").asString(o.path("created").asString(null));
            if (!rejected.contains((long) i) && id != null && modified != null) {
                versions.add(new String[] {id, modified});
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
