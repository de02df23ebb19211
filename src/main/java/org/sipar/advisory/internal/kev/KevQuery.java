package org.sipar.advisory.internal.kev;

import java.time.LocalDate;

/**
 * Which entries the page shows: those whose CVE, vendor, product, name or description contains {@code text}
 * (ignoring case), with the ransomware use given ({@code Known}, {@code Unknown}, or null for both), added from
 * {@code addedFrom} to {@code addedTo} inclusive (each may be null); a page of at most {@code limit} from {@code offset}.
 */
public record KevQuery(String text, String ransomware, LocalDate addedFrom, LocalDate addedTo, int offset, int limit) {

    public KevQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        ransomware = ransomware == null || ransomware.isBlank() ? null : ransomware;
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, 500);
    }

    /** The query of the next page. */
    public KevQuery next() {
        return new KevQuery(text, ransomware, addedFrom, addedTo, offset + limit, limit);
    }

    /** The query of the previous page. */
    public KevQuery previous() {
        return new KevQuery(text, ransomware, addedFrom, addedTo, Math.max(0, offset - limit), limit);
    }
}
