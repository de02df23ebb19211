package org.sipar.intel.internal.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.sipar.intel.ObjectCounts;
import org.sipar.sharing.Tlp;

/**
 * The list's counts as the page writes them, in the reader's language's digits and grouping. Past the counting
 * cap a count is a lower bound and is written with a "+" (the total says "more than").
 */
public record ListCounts(ObjectCounts counts, Locale locale) {

    /** The total, formatted. */
    public String total() {
        return format(counts.total());
    }

    /** Whether the total is exact. */
    public boolean exact() {
        return counts.exact();
    }

    /** Type {@code type}'s count, formatted. */
    public String type(String type) {
        return format(counts.type(type));
    }

    /** Level {@code tlp}'s count, formatted. */
    public String tlp(Tlp tlp) {
        return format(counts.tlp(tlp));
    }

    private String format(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n) + (counts.exact() ? "" : "+");
    }
}
