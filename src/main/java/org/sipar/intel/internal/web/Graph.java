package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object and its relationships laid out for inline SVG: the object in the middle, its neighbours on a
 * circle, one labelled edge per relationship. Computed on the server so the page needs no script.
 */
public record Graph(Node centre, List<Node> nodes, List<Edge> edges) {

    public static final int SIZE = 640;
    private static final int RADIUS = 230;

    /** A node: where it is drawn, its label and where it links to. */
    public record Node(int x, int y, String label, String type, String href) {
    }

    /** An edge from the centre to a neighbour, with the relationship type written at its middle. */
    public record Edge(int x1, int y1, int x2, int y2, String label) {
    }

    /** Lays out {@code centreLabel} with one neighbour per distinct other end, labelled via {@code labels}. */
    static Graph around(String centreId, String centreLabel, String centreType, List<Link> links, Map<String, String> labels) {
        int c = SIZE / 2;
        Node centre = new Node(c, c, centreLabel, centreType, null);
        Map<String, Node> placed = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        int count = (int) links.stream().map(Link::other).distinct().count();
        for (Link link : links) {
            Node n = placed.computeIfAbsent(link.other(), other -> {
                double angle = 2 * Math.PI * placedIndex(links, other) / Math.max(1, count) - Math.PI / 2;
                return new Node(c + (int) (RADIUS * Math.cos(angle)), c + (int) (RADIUS * Math.sin(angle)),
                        labels.getOrDefault(other, shortId(other)), other.substring(0, other.indexOf("--")),
                        "/intel/objects/" + other);
            });
            edges.add(new Edge(c, c, n.x(), n.y(), link.outgoing() ? link.type() + " →" : "← " + link.type()));
        }
        return new Graph(centre, List.copyOf(placed.values()), edges);
    }

    /** One relationship as seen from the centre. */
    record Link(String other, String type, boolean outgoing) {
    }

    private static int placedIndex(List<Link> links, String other) {
        return links.stream().map(Link::other).distinct().toList().indexOf(other);
    }

    private static String shortId(String id) {
        int dash = id.indexOf("--");
        return dash < 0 ? id : id.substring(0, dash) + "…" + id.substring(Math.max(dash + 2, id.length() - 6));
    }
}
