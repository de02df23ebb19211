package org.sipar.taxii.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** TAXII's media type, timestamps and response shape, shared by the endpoints. */
final class Taxii {

    static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
    static final String STIX_MEDIA_TYPE = "application/stix+json;version=2.1";
    static final MediaType TAXII = MediaType.parseMediaType(MEDIA_TYPE);
    static final String ROOT = "/taxii2/api/";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Taxii() {
    }

    /**
     * An RFC 3339 timestamp in UTC with microseconds, as TAXII writes date_added: the precision Sipar keeps it in,
     * so that a follower passing back X-TAXII-Date-Added-Last as added_after resumes exactly after that object.
     */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** A response with a JSON body in the TAXII media type; bytes so that the charset is always UTF-8. */
    static ResponseEntity<byte[]> respond(int status, HttpHeaders headers, String json) {
        return ResponseEntity.status(status).headers(headers).contentType(TAXII)
                .body(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 response with a JSON body. */
    static ResponseEntity<byte[]> ok(String json) {
        return respond(200, new HttpHeaders(), json);
    }

    /** Whether a media type is TAXII 2.1's: {@code application/taxii+json} without version or at 2.1. */
    static boolean isTaxii21(MediaType type) {
        String version = type.getParameter("version");
        return "application".equals(type.getType()) && "taxii+json".equals(type.getSubtype())
                && (version == null || "2.1".equals(version));
    }
}
