package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Builds the {@link Graph} around an object from what the reader may see: the relationships the sharing policy
 * shows them, the references the object itself carries, and the names of the other ends they may read.
 */
@Component
class ObjectGraphs {

    private final Intelligence intelligence;

    ObjectGraphs(Intelligence intelligence) {
        this.intelligence = intelligence;
    }

    /** The graph around {@code id}, or empty when the reader may not see that object. */
    Optional<Graph> around(Reader reader, String id) {
        List<StoredObject> found = intelligence.objects(reader, ObjectQuery.all(1).withIds(List.of(id))).objects();
        return found.isEmpty() ? Optional.empty()
                : Optional.of(around(reader, found.getFirst().content(), intelligence.relationships(reader, id)));
    }

    /** The graph around {@code centre}, given the relationships of it the reader may see. */
    Graph around(Reader reader, JsonNode centre, List<StoredObject> relationships) {
        String id = centre.path("id").asString();
        List<Graph.Edge> links = links(id, centre, relationships);
        Set<String> others = new LinkedHashSet<>();
        links.forEach(e -> others.add(e.source().equals(id) ? e.target() : e.source()));
        others.remove(id);
        List<String> kept = others.stream().limit(Graph.MAX_NODES - 1).toList();
        Map<String, JsonNode> seen = visible(reader, kept);
        List<Graph.Node> nodes = new ArrayList<>();
        nodes.add(node(id, centre));
        kept.forEach(other -> nodes.add(node(other, seen.get(other))));
        Set<String> shown = new LinkedHashSet<>(kept);
        shown.add(id);
        List<Graph.Edge> edges = links.stream().filter(e -> shown.contains(e.source()) && shown.contains(e.target())).toList();
        return new Graph(id, List.copyOf(nodes), edges, others.size() - kept.size());
    }

    private static List<Graph.Edge> links(String id, JsonNode centre, List<StoredObject> relationships) {
        List<Graph.Edge> links = new ArrayList<>();
        // The creator first: one node that says whose the object is, kept however big the graph.
        String creator = centre.path("created_by_ref").asString("");
        if (!creator.isEmpty() && !creator.equals(id)) {
            links.add(new Graph.Edge(id + ">created_by_ref", id, creator, "created-by", Graph.Kind.CREATED_BY));
        }
        // A revoked relationship no longer holds: its publisher withdrew it.
        for (StoredObject r : relationships.stream().filter(r -> !r.revoked()).toList()) {
            JsonNode rel = r.content();
            links.add(new Graph.Edge(r.id(), rel.path("source_ref").asString(), rel.path("target_ref").asString(),
                    rel.path("relationship_type").asString(), Graph.Kind.RELATIONSHIP));
        }
        Set<String> refs = new LinkedHashSet<>();
        centre.path("object_refs").forEach(ref -> refs.add(ref.asString()));
        refs.stream().filter(ref -> !ref.equals(id) && !ref.startsWith("relationship--"))
                .forEach(ref -> links.add(new Graph.Edge(id + ">" + ref, id, ref, "object-refs", Graph.Kind.OBJECT_REF)));
        return links;
    }

    private Map<String, JsonNode> visible(Reader reader, List<String> ids) {
        Map<String, JsonNode> seen = new HashMap<>();
        if (!ids.isEmpty()) {
            Pages.all(intelligence, reader, ObjectQuery.all(1000).withIds(ids), ids.size())
                    .forEach(o -> seen.put(o.id(), o.content()));
        }
        return seen;
    }

    /** A node for {@code id}: named from its content when the reader may see it, else only by the id. */
    private static Graph.Node node(String id, JsonNode content) {
        if (content == null) {
            return new Graph.Node(id, Graph.shortId(id), Graph.typeOf(id), null, false);
        }
        String label = content.path("name").asString(content.path("value").asString(Graph.shortId(id)));
        return new Graph.Node(id, label, Graph.typeOf(id), "/intel/objects/" + id, true);
    }
}
