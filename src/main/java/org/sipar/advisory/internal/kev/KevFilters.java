package org.sipar.advisory.internal.kev;

/** The filters as typed, to show them again. */
public record KevFilters(String q, String ransomware, String from, String to) {

    /** The query string of these filters, for the pager's links. */
    public String query() {
        return "q=" + enc(q) + "&ransomware=" + enc(ransomware) + "&from=" + enc(from) + "&to=" + enc(to);
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
