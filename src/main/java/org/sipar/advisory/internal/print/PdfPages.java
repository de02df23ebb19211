package org.sipar.advisory.internal.print;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sipar.advisory.internal.PublishedDocument;
import org.sipar.advisory.internal.PublishedDocuments;
import org.sipar.platform.NotFound;
import org.sipar.platform.Pdfs;
import org.sipar.platform.Ui;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /advisories/{tracking-id}.pdf}: an advisory printed, under the same rule as its page (the sharing policy
 * decides who gets it; anyone else is told it does not exist), in Urdu where asked for and translated, else in
 * English. Its ETag is the document's SHA-256 and language, so a reader's cache asks again only after a revision;
 * only a TLP:CLEAR advisory may be kept by shared caches.
 */
@Controller
class PdfPages {

    private final PublishedDocuments documents;
    private final Readers readers;
    private final AdvisoryPrint print;
    private final Pdfs pdfs;

    PdfPages(PublishedDocuments documents, Readers readers, AdvisoryPrint print, Pdfs pdfs) {
        this.documents = documents;
        this.readers = readers;
        this.print = print;
        this.pdfs = pdfs;
    }

    @GetMapping("/advisories/{trackingId:[A-Za-z0-9+_-]+}.pdf")
    ResponseEntity<byte[]> pdf(Authentication auth, @ModelAttribute("ui") Ui ui, @PathVariable String trackingId,
                               @RequestParam(required = false) String lang, WebRequest request) {
        List<PublishedDocument> docs = documents.advisory(readers.of(auth), trackingId);
        String wanted = lang == null || lang.isBlank() ? ui.lang() : lang;
        PublishedDocument d = in(docs, wanted).or(() -> in(docs, "en"))
                .orElseThrow(() -> new NotFound("advisory", trackingId));
        String etag = "W/\"" + d.sha256() + "-" + d.lang() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).eTag(etag)
                .cacheControl(caching(d))
                .header("Content-Language", d.lang())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(d.trackingId().toLowerCase(java.util.Locale.ROOT) + "-" + d.lang() + ".pdf").build().toString())
                .body(pdfs.render(print.of(d)));
    }

    private static Optional<PublishedDocument> in(List<PublishedDocument> docs, String lang) {
        return docs.stream().filter(d -> d.lang().equals(lang)).findFirst();
    }

    /** Who may keep a copy: anyone for TLP:CLEAR; otherwise only the reader's own browser, asking again each time. */
    private static CacheControl caching(PublishedDocument d) {
        return d.distribution().tlp() == Tlp.CLEAR ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
                : CacheControl.noCache().cachePrivate();
    }
}
