package org.sipar.advisory.internal;

import org.sipar.platform.PublicAnswers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.Ui;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The advisories as people read them: {@code /advisories} (search; filter by severity, audience, product, CVE,
 * date) and {@code /advisories/{tracking-id}}, in the reader's language where translated. Anonymous readers see
 * TLP:CLEAR (the same answer for all of them, kept until the next publication: {@link PublicAnswers}); members
 * what the sharing policy gives them.
 */
@Controller
public class PublicPages {

    static final int PAGE = 25;
    private final PublishedDocuments documents;
    private final Readers readers;
    private final PublicAnswers pages;
    private final org.sipar.intel.Intelligence intelligence;

    PublicPages(PublishedDocuments documents, Readers readers, PublicAnswers pages, org.sipar.intel.Intelligence intelligence) {
        this.documents = documents;
        this.readers = readers;
        this.pages = pages;
        this.intelligence = intelligence;
    }

    @GetMapping("/advisories")
    ResponseEntity<byte[]> list(Authentication auth, @ModelAttribute("ui") Ui ui, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String severity, @RequestParam(defaultValue = "") String audience,
                @RequestParam(defaultValue = "") String product, @RequestParam(defaultValue = "") String cve,
                @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                @RequestParam(defaultValue = "0") int page, ServletWebRequest request) {
        DocumentQuery query = new DocumentQuery(q, severity, audience.isBlank() ? null : Audience.parse(audience), product,
                cve, day("from", from), dayAfter("to", to), ui.lang(), PAGE + 1, page * PAGE);
        Filters filters = new Filters(q, severity, audience, product, cve, from, to);
        return pages.page(request, auth, ui, "advisory/list.jte", () -> {
            List<PublishedDocument> found = documents.latest(readers.of(auth), query);
            return Map.of("advisories", found.stream().limit(PAGE).toList(), "more", found.size() > PAGE,
                    "page", Math.max(0, page), "filters", filters);
        });
    }

    @GetMapping("/advisories/{trackingId:(?!workroom$|media$)[A-Za-z0-9+_-]+}")
    ResponseEntity<byte[]> page(Authentication auth, @ModelAttribute("ui") Ui ui, @PathVariable String trackingId,
                                ServletWebRequest request) {
        return pages.page(request, auth, ui, "advisory/page.jte", () -> {
            List<PublishedDocument> docs = documents.advisory(readers.of(auth), trackingId);
            PublishedDocument shown = docs.stream().filter(d -> d.lang().equals(ui.lang())).findFirst()
                    .or(() -> docs.stream().filter(d -> d.lang().equals("en")).findFirst())
                    .orElseThrow(() -> new NotFound("advisory", trackingId));
            return Map.of("view", DocumentView.of(shown), "translationMissing", !shown.lang().equals(ui.lang()),
                    "languages", docs.stream().map(PublishedDocument::lang).toList());
        });
    }

    /**
     * The intelligence the advisory refers to that the reader may see, as a fragment the page fetches: never part of a
     * page cached for anonymous readers, since who may see an object changes without any advisory being published.
     */
    @GetMapping("/advisories/{trackingId:[A-Za-z0-9+_-]+}/related")
    String related(Authentication auth, @ModelAttribute("ui") Ui ui, @PathVariable String trackingId, Model model,
                   jakarta.servlet.http.HttpServletResponse response) {
        Reader reader = readers.of(auth);
        List<String> ids = documents.advisory(reader, trackingId).stream().findFirst()
                .orElseThrow(() -> new NotFound("advisory", trackingId)).stixIds();
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("related", related(reader, ids));
        return "advisory/related";
    }

    /** The intelligence the advisory refers to that {@code reader} may see: its type, name and id. */
    private List<Related> related(Reader reader, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return intelligence.objects(reader, org.sipar.intel.ObjectQuery.all(100).withIds(ids)).objects().stream()
                .map(o -> new Related(o.id(), o.type(), o.content().path("name").asString(o.id())))
                .collect(java.util.stream.Collectors.toMap(Related::id, r -> r, (x, y) -> y, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    /** An object of intelligence the advisory refers to. */
    public record Related(String id, String type, String name) {
    }

    /** The filters as the reader typed them, to show back in the form. */
    public record Filters(String q, String severity, String audience, String product, String cve, String from, String to) {

        /** The list's address with these filters at {@code page}. */
        public String link(int page) {
            StringBuilder s = new StringBuilder("/advisories?page=").append(page);
            java.util.Map.of("q", q, "severity", severity, "audience", audience, "product", product, "cve", cve,
                    "from", from, "to", to).forEach((k, v) -> {
                        if (!v.isBlank()) {
                            s.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
                        }
                    });
            return s.toString();
        }
    }

    static Instant day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InputRejected(field, text, "is not a date such as 2026-12-04");
        }
    }

    private static Instant dayAfter(String field, String text) {
        Instant day = day(field, text);
        return day == null ? null : day.plus(java.time.Duration.ofDays(1));
    }
}
