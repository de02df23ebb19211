package org.sipar.advisory.internal.print;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sipar.advisory.internal.DocumentView;
import org.sipar.advisory.internal.DocumentView.VulnerabilityView;
import org.sipar.advisory.internal.PublishedDocument;
import org.sipar.platform.PdfBlock;
import org.sipar.platform.PdfBlock.KeyValues.Entry;
import org.sipar.platform.PdfDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published document as a printed advisory: what its page shows, in the document's language, with its TLP label
 * on every page. It is read from the CSAF JSON served (as the page is, through {@link DocumentView}), so the PDF
 * says what the signed document says; the notes are printed from their Markdown, not from the page's HTML.
 */
@Component
class AdvisoryPrint {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private final MessageSource messages;

    AdvisoryPrint(MessageSource messages) {
        this.messages = messages;
    }

    PdfDocument of(PublishedDocument d) {
        DocumentView view = DocumentView.of(d);
        JsonNode root = JsonMapper.shared().readTree(d.json());
        Labels t = new Labels(messages, Locale.forLanguageTag(d.lang()));
        List<PdfBlock> blocks = new ArrayList<>();
        if (d.withdrawn()) {
            blocks.add(new PdfBlock.Heading(2, t.get("advisory.withdrawn")));
            blocks.addAll(MarkdownBlocks.of(note(root, "general")));
        }
        blocks.add(new PdfBlock.KeyValues(facts(d, view, t)));
        section(blocks, t.get("advisory.page.summary"), MarkdownBlocks.of(note(root, "summary")));
        section(blocks, t.get("advisory.page.details"), MarkdownBlocks.of(note(root, "description")));
        section(blocks, t.get("advisory.page.products"), bullets(List.copyOf(view.products().values())));
        for (int i = 0; i < view.vulnerabilities().size(); i++) {
            VulnerabilityView v = view.vulnerabilities().get(i);
            JsonNode raw = root.path("vulnerabilities").path(i);
            blocks.add(new PdfBlock.Heading(2, v.cve().isEmpty() ? t.get("advisory.page.vulnerability") : v.cve()));
            blocks.addAll(PrintedVulnerability.blocks(v, raw, t));
        }
        section(blocks, t.get("advisory.page.references"), bullets(view.references().stream()
                .map(r -> r.summary().isBlank() ? r.url() : r.summary() + ": " + r.url()).toList()));
        section(blocks, t.get("advisory.page.thanks"), view.acknowledgments().isEmpty() ? List.of()
                : List.of(new PdfBlock.Paragraph(String.join(", ", view.acknowledgments()))));
        section(blocks, t.get("advisory.page.history"), List.of(new PdfBlock.KeyValues(view.history().stream()
                .map(r -> new Entry(r.number() + "  " + day(r.date()), r.summary())).toList())));
        return new PdfDocument(d.title(), d.lang(), publisher(root), "TLP:" + d.distribution().tlp().label(), blocks);
    }

    private static List<Entry> facts(PublishedDocument d, DocumentView view, Labels t) {
        List<Entry> facts = new ArrayList<>();
        facts.add(new Entry(t.get("advisory.page.tracking"), d.trackingId()));
        facts.add(new Entry(t.get("advisory.page.version"), view.version()));
        facts.add(new Entry("TLP", "TLP:" + d.distribution().tlp().label()));
        if (d.severity() != null && !d.severity().isBlank()) {
            facts.add(new Entry(t.get("advisory.print.severity"),
                    t.get("advisory.severity." + d.severity().toLowerCase(Locale.ROOT))));
        }
        facts.add(new Entry(t.get("advisory.print.category"), t.get("advisory.category." + d.category().name())));
        facts.add(new Entry(t.get("advisory.page.initial"), when(d.initialRelease())));
        facts.add(new Entry(t.get("advisory.page.current"), when(d.releasedAt())));
        return facts;
    }

    /** A heading and what follows it, or nothing at all when there is nothing to follow it. */
    private static void section(List<PdfBlock> blocks, String heading, List<PdfBlock> content) {
        boolean empty = content.isEmpty() || content.stream().allMatch(b -> b instanceof PdfBlock.KeyValues kv && kv.entries().isEmpty());
        if (!empty) {
            blocks.add(new PdfBlock.Heading(2, heading));
            blocks.addAll(content);
        }
    }

    static List<PdfBlock> bullets(List<String> items) {
        List<String> kept = items.stream().filter(s -> s != null && !s.isBlank()).toList();
        return kept.isEmpty() ? List.of() : List.of(new PdfBlock.Bullets(kept));
    }

    static String note(JsonNode root, String category) {
        for (JsonNode n : root.path("document").path("notes")) {
            if (category.equals(n.path("category").asString(""))) {
                return n.path("text").asString("");
            }
        }
        return "";
    }

    private static String publisher(JsonNode root) {
        return root.path("document").path("publisher").path("name").asString("");
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A revision's date as CSAF writes it (ISO 8601), printed as its day and time in UTC. */
    private static String day(String iso) {
        try {
            return when(java.time.OffsetDateTime.parse(iso).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** The translations in the document's language (not the reader's: the PDF is in one language throughout). */
    record Labels(MessageSource messages, Locale locale) {
        String get(String key) {
            return messages.getMessage(key, null, key, locale);
        }
    }
}
