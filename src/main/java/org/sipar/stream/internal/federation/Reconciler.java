package org.sipar.stream.internal.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.VersionSelection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reconciles a link: reads the remote manifest page by page, compares it with the versions held from the link
 * (their origins), fetches what is missing here through the normal import, and deletes here what the remote no
 * longer lists, which is how a deletion upstream reaches us (TAXII lists no tombstones). Deletions happen only
 * when the whole manifest was read, so a manifest cut short never deletes anything.
 */
@Component
class Reconciler {

    private static final int FETCH_BATCH = 50;

    private final Origins origins;
    private final Puller puller;
    private final Intelligence intelligence;
    private final PushReader readers;

    Reconciler(Origins origins, Puller puller, Intelligence intelligence, PushReader readers) {
        this.origins = origins;
        this.puller = puller;
        this.intelligence = intelligence;
        this.readers = readers;
    }

    Reconciliation reconcile(Link link, TaxiiClient client, String authorization, FederationSettings settings) {
        Map<String, Set<String>> remote = new HashMap<>();
        boolean complete = manifest(link, client, authorization, settings, remote);
        Map<String, Set<String>> held = origins.held(link.id());
        List<String> missingHere = difference(remote, held);
        List<String> missingThere = difference(held, remote);
        List<String> different = new ArrayList<>();
        remote.forEach((id, versions) -> {
            if (held.containsKey(id) && !held.get(id).equals(versions)) {
                different.add(id);
            }
        });
        int fetched = fetch(link, client, authorization, missingHere);
        int deleted = complete ? delete(link, missingThere) : 0;
        return new Reconciliation(count(remote), count(held), missingHere, missingThere, different, fetched, deleted,
                complete);
    }

    /** Reads the manifest into {@code into}; false when the page cap stopped it early. */
    private static boolean manifest(Link link, TaxiiClient client, String authorization, FederationSettings settings,
                                    Map<String, Set<String>> into) {
        String base = link.collectionUrl() + "manifest/?limit=" + settings.pageSize();
        String url = base;
        Set<String> nexts = new HashSet<>();
        for (int pages = 0; pages < settings.maxPagesPerRun() * 10; pages++) {
            JsonNode body = client.get(url, authorization).body();
            if (body == null || !body.isObject()) {
                throw new RemoteFailure(url + " answered without a manifest");
            }
            body.path("objects").forEach(o -> into.computeIfAbsent(o.path("id").asString(""), k -> new TreeSet<>())
                    .add(Origins.version(o.path("version").asString(""))));
            String next = body.path("next").asString(null);
            if (!body.path("more").asBoolean(false)) {
                return true;
            }
            if (next == null || !nexts.add(next)) {
                throw new RemoteFailure(url + " said more follow without a new next cursor");
            }
            url = base + "&next=" + Puller.enc(next);
        }
        return false;
    }

    private int fetch(Link link, TaxiiClient client, String authorization, List<String> missing) {
        List<String> ids = missing.stream().map(v -> v.substring(0, v.indexOf('@'))).distinct().toList();
        int fetched = 0;
        for (int i = 0; i < ids.size(); i += FETCH_BATCH) {
            String batch = String.join(",", ids.subList(i, Math.min(ids.size(), i + FETCH_BATCH)));
            String url = link.collectionUrl() + "objects/?match[version]=all&match[id]=" + Puller.enc(batch);
            JsonNode objects = client.get(url, authorization).body().path("objects");
            if (objects.isArray() && !objects.isEmpty()) {
                fetched += puller.importPage(link, objects, null);
            }
        }
        return fetched;
    }

    private int delete(Link link, List<String> missingThere) {
        int deleted = 0;
        for (String v : missingThere) {
            String id = v.substring(0, v.indexOf('@'));
            String modified = v.substring(v.indexOf('@') + 1);
            ObjectQuery version = ObjectQuery.all(10).withIds(List.of(id))
                    .withVersions(List.of(VersionSelection.parse("modified", modified)));
            deleted += intelligence.delete(readers.of(link), false, version);
            origins.forget(link.id(), id, modified);
        }
        return deleted;
    }

    private static List<String> difference(Map<String, Set<String>> a, Map<String, Set<String>> b) {
        List<String> out = new ArrayList<>();
        a.forEach((id, versions) -> versions.stream().filter(v -> !b.getOrDefault(id, Set.of()).contains(v))
                .forEach(v -> out.add(id + "@" + v)));
        out.sort(null);
        return out;
    }

    private static int count(Map<String, Set<String>> m) {
        return m.values().stream().mapToInt(Set::size).sum();
    }
}
