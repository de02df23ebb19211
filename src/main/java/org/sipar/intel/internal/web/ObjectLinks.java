package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The other objects an object's page names: its author, what revoked it, a report's contents and a relationship's
 * ends. Each is looked up through the reader's view, so a page names only what its reader may see; the rest is
 * shown as "an object you cannot see" or counted, never by id or name (a dangling reference looks the same).
 */
@Component
public class ObjectLinks {

    /** The types whose {@code object_refs} are their contents. */
    static final Set<String> CONTAINERS = Set.of("report", "grouping", "note", "opinion", "observed-data");
    private static final int PAGE = 1000;

    private final Intelligence intelligence;

    ObjectLinks(Intelligence intelligence) {
        this.intelligence = intelligence;
    }

    /** What {@code reader} may see of the objects that {@code object} (latest version) and its relationships name. */
    Links of(Reader reader, JsonNode object, List<StoredObject> relationships) {
        String id = object.path("id").asString();
        List<String> contents = CONTAINERS.contains(object.path("type").asString()) ? refs(object.path("object_refs")) : List.of();
        List<String> replacing = relationships.stream().map(StoredObject::content)
                .filter(r -> "revoked-by".equals(r.path("relationship_type").asString()) && id.equals(r.path("source_ref").asString()))
                .map(r -> r.path("target_ref").asString()).distinct().toList();
        String author = object.path("created_by_ref").asString(null);
        String source = object.path("source_ref").asString(null);
        String target = object.path("target_ref").asString(null);
        Set<String> wanted = new LinkedHashSet<>(contents);
        wanted.addAll(replacing);
        for (String ref : new String[] {author, source, target}) {
            if (ref != null) {
                wanted.add(ref);
            }
        }
        Map<String, StoredObject> seen = visible(reader, List.copyOf(wanted));
        List<Party> shown = contents.stream().filter(seen::containsKey).map(ref -> Party.of(seen.get(ref))).toList();
        return new Links(party(author, seen), replacing.stream().filter(seen::containsKey).map(r -> Party.of(seen.get(r))).toList(),
                object.has("object_refs") && !contents.isEmpty() ? new Contents(shown, contents.size() - shown.size()) : null,
                party(source, seen), party(target, seen));
    }

    private static Party party(String ref, Map<String, StoredObject> seen) {
        return ref == null ? null : seen.containsKey(ref) ? Party.of(seen.get(ref)) : Party.HIDDEN;
    }

    private static List<String> refs(JsonNode refs) {
        Set<String> ids = new LinkedHashSet<>();
        refs.forEach(r -> ids.add(r.asString("")));
        ids.remove("");
        return List.copyOf(ids);
    }

    /** The latest visible version of each of {@code ids} that the reader may see, every page of them. */
    private Map<String, StoredObject> visible(Reader reader, List<String> ids) {
        Map<String, StoredObject> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            ObjectQuery query = ObjectQuery.all(PAGE).withIds(ids.subList(from, Math.min(ids.size(), from + PAGE)));
            ObjectPage page;
            do {
                page = intelligence.objects(reader, query);
                page.objects().forEach(o -> found.put(o.id(), o));
                query = query.withAfterSeq(page.nextSeq());
            } while (page.more());
        }
        return found;
    }

    /**
     * The resolved references: {@code author}, {@code source} and {@code target} are null when the object has no
     * such reference and {@link Party#HIDDEN} when the reader may not see it; {@code contents} is null but for
     * containers with references.
     */
    public record Links(Party author, List<Party> revokedBy, Contents contents, Party source, Party target) {
    }

    /** A container's contents: the objects the reader may see, and how many others it names. */
    public record Contents(List<Party> items, int hidden) {
    }

    /** An object named on the page: its id (null when hidden), name, type and TLP. */
    public record Party(String id, String name, String type, String tlp) {

        static final Party HIDDEN = new Party(null, null, null, null);

        static Party of(StoredObject stored) {
            JsonNode o = stored.content();
            String name = o.path("name").asString(o.path("value").asString(o.path("relationship_type").asString(stored.id())));
            return new Party(stored.id(), name, stored.type(),
                    stored.tlp().label());
        }

        public boolean hidden() {
            return id == null;
        }

        public String href() {
            return "/intel/objects/" + id;
        }

        public String tlpClass() {
            return "tlp-" + tlp.toLowerCase(java.util.Locale.ROOT).replace('+', '-');
        }
    }
}
