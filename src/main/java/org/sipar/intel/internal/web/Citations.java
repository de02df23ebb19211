package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * ATT&CK's citation markers, {@code (Citation: Source Name)}, in a parsed description: each one naming an external
 * reference of the object becomes a numbered link, {@code [3]}, to the reference's url, or to its entry in the
 * page's reference list when it has none (where its description is). Markers naming no reference stay as written.
 */
final class Citations extends AbstractVisitor {

    private static final Pattern MARKER = Pattern.compile("\\(Citation: ([^)]+)\\)");

    private final List<Descriptions.Reference> references;
    private final Set<Node> made = Collections.newSetFromMap(new IdentityHashMap<>());

    private Citations(List<Descriptions.Reference> references) {
        this.references = references;
    }

    /** Resolves the markers in {@code document} against {@code references}; returns the links made, to style them. */
    static Set<Node> resolve(Node document, List<Descriptions.Reference> references) {
        Citations citations = new Citations(references);
        document.accept(citations);
        return citations.made;
    }

    @Override
    public void visit(Link link) {
        // A citation inside a link's text would make a link in a link; leave those as text.
    }

    @Override
    public void visit(Text text) {
        String literal = text.getLiteral();
        Matcher m = MARKER.matcher(literal);
        List<Node> parts = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            Descriptions.Reference cited = cited(m.group(1).strip());
            if (cited == null) {
                continue;
            }
            if (m.start() > from) {
                parts.add(new Text(literal.substring(from, m.start())));
            }
            parts.add(link(cited));
            made.add(parts.getLast());
            from = m.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (from < literal.length()) {
            parts.add(new Text(literal.substring(from)));
        }
        parts.forEach(text::insertBefore);
        text.unlink();
    }

    private Descriptions.Reference cited(String name) {
        return references.stream().filter(r -> r.sourceName().equals(name)).findFirst().orElse(null);
    }

    private static Link link(Descriptions.Reference cited) {
        String title = cited.description() != null ? cited.description() : cited.sourceName();
        Link link = new Link(cited.url() != null ? cited.url() : "#ref-" + cited.number(), title);
        link.appendChild(new Text("[" + cited.number() + "]"));
        return link;
    }
}
