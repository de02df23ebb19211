package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object and what it is linked to, as the reader may see it: its relationships (both ways), who created it
 * ({@code created_by_ref}) and what it refers to ({@code object_refs}). The browser lays it out (graph.js); the
 * {@link #groups() grouped table} is the same graph for screen readers and pages without script.
 *
 * @param centre  the object's id
 * @param nodes   the centre first, then each other end once
 * @param edges   one per relationship or reference
 * @param omitted how many other ends were left out because the graph holds at most {@link #MAX_NODES}
 */
public record Graph(String centre, List<Node> nodes, List<Edge> edges, int omitted) {

    /** More nodes than this are no longer readable as a picture; the table still counts what was left out. */
    public static final int MAX_NODES = 200;

    /** What an edge stands for: a STIX relationship, the creator reference, or a container's object reference. */
    public enum Kind { RELATIONSHIP, CREATED_BY, OBJECT_REF }

    /**
     * A node. {@code visible} is false when the reader may not see the object (or it is not stored): then it
     * shows only the id the reader already holds, and has no page.
     */
    public record Node(String id, String label, String type, String href, boolean visible) {
    }

    /** An edge from {@code source} to {@code target}; {@code type} is the relationship type or the reference's property name. */
    public record Edge(String id, String source, String target, String type, Kind kind) {
    }

    /** One row of the table: a relationship type, its direction from the centre, and the other ends by STIX type. */
    public record Group(String type, boolean outgoing, List<OfType> ends) {

        /** How many other ends the row names. */
        public int size() {
            return ends.stream().mapToInt(e -> e.nodes().size()).sum();
        }
    }

    /** The other ends of one row that are of one STIX type. */
    public record OfType(String type, List<Node> nodes) {
    }

    /** The table beside the graph: one row per relationship type and direction, in the order first met. */
    public List<Group> groups() {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<String, Map<String, List<Node>>> rows = new LinkedHashMap<>();
        for (Edge e : edges) {
            boolean outgoing = e.source().equals(centre);
            Node other = byId.get(outgoing ? e.target() : e.source());
            List<Node> ends = rows.computeIfAbsent((outgoing ? ">" : "<") + e.type(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(other.type(), k -> new ArrayList<>());
            if (!ends.contains(other)) {
                ends.add(other);
            }
        }
        return rows.entrySet().stream().map(r -> new Group(r.getKey().substring(1), r.getKey().startsWith(">"),
                r.getValue().entrySet().stream().map(t -> new OfType(t.getKey(), List.copyOf(t.getValue()))).toList())).toList();
    }

    /** The relationship types the graph holds, in the order first met, for the filter. */
    public List<String> types() {
        return edges.stream().map(Edge::type).distinct().toList();
    }

    /** The STIX type of an identifier ({@code malware--…} is a malware). */
    static String typeOf(String id) {
        int dash = id.indexOf("--");
        return dash < 0 ? id : id.substring(0, dash);
    }

    /** A short stand-in for an object the reader may not see: its type and the end of its id. */
    static String shortId(String id) {
        int dash = id.indexOf("--");
        return dash < 0 ? id : id.substring(0, dash) + "…" + id.substring(Math.max(dash + 2, id.length() - 6));
    }
}
