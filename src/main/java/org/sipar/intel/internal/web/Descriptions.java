package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import tools.jackson.databind.JsonNode;

/**
 * STIX descriptions (Markdown, from anyone who may publish) as safe HTML: raw HTML is escaped, never passed on;
 * links go only to http, https and mailto (or to the page's own reference list) and carry
 * {@code rel="noopener noreferrer nofollow"}; images become plain links, so a description cannot make the
 * reader's browser fetch anything. ATT&CK's {@code (Citation: Name)} markers become numbered links to the
 * object's external reference of that source name, listed in full by {@link #references}.
 */
public final class Descriptions {

    static final String REL = "noopener noreferrer nofollow";
    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("(?i)^(https?:|mailto:|#ref-\\d+$)");
    private static final UrlSanitizer URLS = new Only();
    private static final Parser PARSER = Parser.builder().build();

    private Descriptions() {
    }

    /** One external reference as listed under the description; {@code url} is null unless it is http, https or mailto. */
    public record Reference(int number, String sourceName, String externalId, String url, String description,
                            String descriptionHtml) {

        Reference withDescriptionHtml(String html) {
            return new Reference(number, sourceName, externalId, url, description, html);
        }
    }

    /** The description {@code markdown} of an object with these {@code external_references}, as HTML to embed. */
    public static String html(String markdown, JsonNode externalReferences) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return render(markdown, references(externalReferences));
    }

    private static String render(String markdown, List<Reference> references) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new ImagesAsLinks());
        Set<Node> citations = Citations.resolve(document, references);
        return HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).urlSanitizer(URLS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> linkAttributes(node, attributes, citations))
                .build().render(document);
    }

    /**
     * Every external reference of the object, numbered from 1 in the order the object lists them, each description
     * rendered too (ATT&CK's alias references cite the report that names the alias).
     */
    public static List<Reference> references(JsonNode externalReferences) {
        List<Reference> plain = new ArrayList<>();
        for (JsonNode r : externalReferences) {
            String url = r.path("url").asString(null);
            plain.add(new Reference(plain.size() + 1, r.path("source_name").asString(""), r.path("external_id").asString(null),
                    url != null && safe(url) && !url.startsWith("#") ? url : null, r.path("description").asString(null), ""));
        }
        return plain.stream().map(r -> r.withDescriptionHtml(render(r.description(), plain))).toList();
    }

    /** Whether a link to {@code url} may be written: http, https, mailto, or this page's own references. */
    static boolean safe(String url) {
        return !URLS.sanitizeLinkUrl(url).isEmpty();
    }

    private static void linkAttributes(Node node, Map<String, String> attributes, Set<Node> citations) {
        if (!(node instanceof Link)) {
            return;
        }
        if (citations.contains(node)) {
            attributes.put("class", "citation");
        }
        attributes.remove("rel");
        if (attributes.getOrDefault("href", "").isEmpty()) {
            attributes.remove("href");
        } else if (!attributes.get("href").startsWith("#")) {
            attributes.put("rel", REL);
        }
    }

    /** commonmark's sanitizer (which strips the control characters that hide a scheme), then an allow-list. */
    private static final class Only implements UrlSanitizer {
        private final UrlSanitizer first = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

        @Override
        public String sanitizeLinkUrl(String url) {
            String cleaned = first.sanitizeLinkUrl(url);
            return SAFE.matcher(cleaned.strip().toLowerCase(Locale.ROOT)).find() ? cleaned : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** Replaces each image by a link to it with its alt text, so that nothing loads unasked. */
    private static final class ImagesAsLinks extends AbstractVisitor {
        @Override
        public void visit(Image image) {
            Link link = new Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            image.insertAfter(link);
            image.unlink();
        }
    }
}
