package org.sipar.advisory.internal.kev;

import java.time.Duration;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The catalogue for machines and spreadsheets, public like the page: {@code /kev.json} in CISA's layout and
 * {@code /kev.csv} with CISA's columns. Both carry an ETag and Last-Modified from the catalogue's revision, so a
 * cache or a poller asks again cheaply: a conditional GET of an unchanged catalogue is answered 304 without
 * reading the entries.
 */
@RestController
class KevFeeds {

    /** Caches may keep a copy this long before they ask again (with the ETag). */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final KevCatalogue catalogue;
    private final CisaFormat cisa;

    KevFeeds(KevCatalogue catalogue, CisaFormat cisa) {
        this.catalogue = catalogue;
        this.cisa = cisa;
    }

    @GetMapping("/kev.json")
    ResponseEntity<byte[]> json(WebRequest request) {
        return answer(request, "json", MediaType.APPLICATION_JSON, r -> cisa.write(catalogue.all(), r));
    }

    @GetMapping("/kev.csv")
    ResponseEntity<byte[]> csv(WebRequest request) {
        return answer(request, "csv", CSV, r -> KevCsv.write(catalogue.all()));
    }

    /** The revision is read before the entries: should a change come between, the next request sees it. */
    private ResponseEntity<byte[]> answer(WebRequest request, String kind, MediaType type, Function<Revision, byte[]> body) {
        Revision revision = catalogue.revision();
        String etag = "\"kev-" + revision.number() + "-" + kind + "\"";
        long lastModified = revision.changedAt().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(CACHE).eTag(etag).build();
        }
        return ResponseEntity.ok().cacheControl(CACHE).eTag(etag).lastModified(lastModified).contentType(type).body(body.apply(revision));
    }
}
