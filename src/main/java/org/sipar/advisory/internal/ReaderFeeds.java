package org.sipar.advisory.internal;

import org.sipar.platform.PublicAnswers;

import java.util.List;
import java.util.Map;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.sipar.sharing.Readers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advisories as feeds, per audience and language: Atom ({@code /advisories/feed.atom}), RSS 2.0
 * ({@code /advisories/feed.rss}) and a JSON list for machines ({@code /api/v1/advisories}). Each lists what its
 * caller may see (anonymous callers TLP:CLEAR); answers carry an ETag and are revalidated, public and kept until
 * the next publication when anonymous ({@link PublicAnswers}).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Advisories")
class ReaderFeeds {

    static final int ENTRIES = 50;
    private final PublishedDocuments documents;
    private final Readers readers;
    private final FeedWriter writer;
    private final ProviderAddresses address;
    private final PublicAnswers pages;

    ReaderFeeds(PublishedDocuments documents, Readers readers, FeedWriter writer, ProviderAddresses address,
                PublicAnswers pages) {
        this.pages = pages;
        this.documents = documents;
        this.readers = readers;
        this.writer = writer;
        this.address = address;
    }

    @GetMapping("/advisories/feed.atom")
    ResponseEntity<byte[]> atom(Authentication auth, @RequestParam(defaultValue = "en") String lang,
                                @RequestParam(defaultValue = "") String audience, ServletWebRequest request) {
        return pages.answer(request, auth, "atom " + lang + " " + audience, MediaType.parseMediaType("application/atom+xml"),
                () -> writer.atom(list(auth, lang, audience), lang, audience));
    }

    @GetMapping("/advisories/feed.rss")
    ResponseEntity<byte[]> rss(Authentication auth, @RequestParam(defaultValue = "en") String lang,
                               @RequestParam(defaultValue = "") String audience, ServletWebRequest request) {
        return pages.answer(request, auth, "rss " + lang + " " + audience, MediaType.parseMediaType("application/rss+xml"),
                () -> writer.rss(list(auth, lang, audience), lang, audience));
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "List the newest published advisories the caller may read",
            description = "Anyone: anonymous callers get TLP:CLEAR, members what the sharing policy gives them. `lang`"
                    + " is `en` (default) or `ur`, `audience` one of the advisories' audiences. Carries an ETag.")
    @GetMapping("/api/v1/advisories")
    ResponseEntity<byte[]> json(Authentication auth, @RequestParam(defaultValue = "en") String lang,
                                @RequestParam(defaultValue = "") String audience, ServletWebRequest request) {
        return pages.answer(request, auth, "json " + lang + " " + audience, MediaType.APPLICATION_JSON, () -> {
            List<Map<String, Object>> items = list(auth, lang, audience).stream().map(this::item).toList();
            return JsonMapper.shared().writeValueAsString(Map.of("advisories", items));
        });
    }

    private Map<String, Object> item(PublishedDocument d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("tracking_id", d.trackingId());
        m.put("lang", d.lang());
        m.put("title", d.title());
        m.put("summary", d.summary());
        m.put("severity", d.severity());
        m.put("tlp", d.distribution().tlp().label());
        m.put("category", d.category().csaf());
        m.put("audience", d.audience().name().toLowerCase(java.util.Locale.ROOT));
        m.put("initial_release_date", CsafDocuments.iso(d.initialRelease()));
        m.put("current_release_date", CsafDocuments.iso(d.releasedAt()));
        m.put("version", d.revision());
        m.put("withdrawn", d.withdrawn());
        m.put("cves", d.cves());
        m.put("products", d.products());
        m.put("csaf_url", address.absolute("/.well-known/csaf/" + d.path()));
        m.put("url", FeedWriter.pageUrl(address, d));
        return m;
    }

    private List<PublishedDocument> list(Authentication auth, String lang, String audience) {
        DocumentQuery q = new DocumentQuery(null, null, audience.isBlank() ? null : Audience.parse(audience), null, null,
                null, null, lang, ENTRIES, 0);
        return documents.latest(readers.of(auth), q);
    }
}
