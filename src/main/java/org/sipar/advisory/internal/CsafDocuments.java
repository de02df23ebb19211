package org.sipar.advisory.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.sipar.advisory.internal.AdvisoryContent.Reference;
import org.sipar.sharing.Tlp;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes an advisory's CSAF 2.0 document in one language, as the profile of its category requires: the document's
 * metadata (tracking with its revision history, TLP, publisher, notes, references), and for advisories about
 * products the product tree and the vulnerabilities ({@link CsafVulnerabilities}). The Urdu document is a
 * translation: its own tracking id ({@link Provider#trackingId}), {@code lang} ur and {@code source_lang} en.
 */
@Component
class CsafDocuments {

    static final String CSAF_VERSION = "2.0";
    /** How the provider writes JSON it serves (documents, metadata, feeds): indented, for people who open it. */
    static final JsonMapper PRETTY = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
    private final CsafPublisher publisher;
    private final CsafVulnerabilities vulnerabilities;
    private final MessageSource messages;

    CsafDocuments(CsafPublisher publisher, CsafVulnerabilities vulnerabilities, MessageSource messages) {
        this.publisher = publisher;
        this.vulnerabilities = vulnerabilities;
        this.messages = messages;
    }

    /** The document of {@code a} in {@code lang}, as of its revision {@code history}'s last entry. */
    ObjectNode document(Advisory a, String lang, List<RevisionEntry> history, String selfUrl) {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.set("document", meta(a, lang, history, selfUrl));
        if (a.category().aboutProducts()) {
            root.set("product_tree", CsafProducts.tree(a.content().products()));
            root.set("vulnerabilities", vulnerabilities.of(a.content(), lang));
        }
        return root;
    }

    private ObjectNode meta(Advisory a, String lang, List<RevisionEntry> history, String selfUrl) {
        AdvisoryContent c = a.content();
        ObjectNode d = JsonMapper.shared().createObjectNode();
        vulnerabilities.aggregateSeverity(c).ifPresent(s -> d.putObject("aggregate_severity").put("text", s));
        if (!c.acknowledgments().isEmpty()) {
            ArrayNode names = d.putArray("acknowledgments").addObject().putArray("names");
            c.acknowledgments().forEach(names::add);
        }
        d.put("category", a.category().csaf());
        d.put("csaf_version", CSAF_VERSION);
        distribution(d.putObject("distribution"), a.distribution().tlp());
        d.put("lang", lang);
        notes(d.putArray("notes"), c, lang);
        d.set("publisher", publisher.node());
        references(d.putArray("references"), c, lang, selfUrl);
        if ("ur".equals(lang)) {
            d.put("source_lang", "en");
        }
        d.put("title", c.title().in(lang));
        d.set("tracking", tracking(Provider.trackingId(a, lang), history));
        return d;
    }

    /** CSAF 2.0 knows the labels of TLP 1.0: TLP:CLEAR is WHITE, AMBER+STRICT is AMBER, named in the text. */
    static void distribution(ObjectNode node, Tlp tlp) {
        node.put("text", "TLP:" + tlp.label() + " (TLP 2.0, https://www.first.org/tlp/)");
        node.putObject("tlp").put("label", csafLabel(tlp)).put("url", "https://www.first.org/tlp/");
    }

    static String csafLabel(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> "WHITE";
            case GREEN -> "GREEN";
            case AMBER, AMBER_STRICT -> "AMBER";
            case RED -> "RED";
        };
    }

    private void notes(ArrayNode notes, AdvisoryContent c, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        note(notes, "summary", messages.getMessage("advisory.csaf.summary", null, locale), c.summary().in(lang));
        note(notes, "description", messages.getMessage("advisory.csaf.details", null, locale), c.details().in(lang));
        note(notes, "legal_disclaimer", messages.getMessage("advisory.csaf.disclaimerTitle", null, locale),
                messages.getMessage("advisory.csaf.disclaimer", null, locale));
    }

    private static void note(ArrayNode notes, String category, String title, String text) {
        if (!text.isBlank()) {
            notes.addObject().put("category", category).put("text", text).put("title", title);
        }
    }

    private static void references(ArrayNode refs, AdvisoryContent c, String lang, String selfUrl) {
        refs.addObject().put("category", "self").put("summary", "Canonical URL").put("url", selfUrl);
        for (Reference r : c.references()) {
            String summary = r.summary().in(lang).isBlank() ? r.url() : r.summary().in(lang);
            refs.addObject().put("category", "external").put("summary", summary).put("url", r.url());
        }
    }

    private static ObjectNode tracking(String trackingId, List<RevisionEntry> history) {
        ObjectNode t = JsonMapper.shared().createObjectNode();
        RevisionEntry last = history.getLast();
        t.put("current_release_date", iso(last.date()));
        t.putObject("generator").put("date", iso(last.date())).putObject("engine").put("name", "Sipar")
                .put("version", CsafPublisher.ENGINE_VERSION);
        t.put("id", trackingId);
        t.put("initial_release_date", iso(history.getFirst().date()));
        ArrayNode revisions = t.putArray("revision_history");
        history.forEach(r -> revisions.addObject().put("date", iso(r.date())).put("number", String.valueOf(r.number()))
                .put("summary", r.summary()));
        t.put("status", "final");
        t.put("version", String.valueOf(last.number()));
        return t;
    }

    /** The severity a list shows of {@code c}: its aggregate severity. */
    java.util.Optional<String> severity(AdvisoryContent c) {
        return vulnerabilities.aggregateSeverity(c);
    }

    /** Says in the document that it is withdrawn, and why (CSAF 2.0 has no status for it: a note and the history). */
    static void withdrawnNote(ObjectNode doc, String why) {
        ((ArrayNode) doc.path("document").path("notes")).addObject().put("category", "general")
                .put("text", "This advisory is withdrawn: " + why).put("title", "Withdrawn");
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** One entry of the revision history: its number (1, 2, ...), when it was published, what changed. */
    record RevisionEntry(int number, Instant date, String summary) {
    }
}
