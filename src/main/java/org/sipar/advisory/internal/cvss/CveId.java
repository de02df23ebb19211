package org.sipar.advisory.internal.cvss;

import java.util.List;
import java.util.regex.Pattern;
import org.sipar.platform.InputRejected;

/** A CVE identifier: {@code CVE-}, the year, {@code -} and a sequence number of four digits or more. */
public record CveId(String value) {

    /** The CVE Program's syntax (CVE ID Syntax Change, 2014): year from 1999, no leading zeros past four digits. */
    private static final Pattern FORM = Pattern.compile("CVE-(1999|2\\d{3})-(0\\d{3}|[1-9]\\d{3,})");

    public CveId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InputRejected(List.of(new InputRejected.Problem("cve", value, "'" + value + "' is not a CVE id:"
                    + " expected CVE-YYYY-NNNN (a year from 1999, then four or more digits, e.g. CVE-2024-3094)",
                    "advisory.cvss.cve-rejected", List.of(String.valueOf(value)))));
        }
    }

    /** The id, with surrounding white space ignored and {@code cve-} read as {@code CVE-}. */
    public static CveId parse(String text) {
        String id = text == null ? null : text.strip();
        return new CveId(id != null && id.regionMatches(true, 0, "CVE-", 0, 4) ? "CVE-" + id.substring(4) : id);
    }

    /** The CVE record's address on cve.org. */
    public String recordUrl() {
        return "https://www.cve.org/CVERecord?id=" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
