package org.sipar.advisory.internal.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CPE 2.3 name in the formatted string binding of NISTIR 7695 (section 6.2):
 * {@code cpe:2.3:part:vendor:product:version:update:edition:language:sw_edition:target_sw:target_hw:other}, each
 * component ANY ({@code *}), NA ({@code -}) or a value whose punctuation is escaped with a backslash. Names are
 * compared case-insensitively (the specification's values are), so they are kept in lower case.
 *
 * @param components the eleven components as written (escapes kept), lower case
 */
public record CpeName(List<String> components) {

    static final String PREFIX = "cpe:2.3:";
    private static final int COUNT = 11;
    private static final int LANGUAGE = 6;

    public CpeName {
        components = List.copyOf(components);
    }

    /** The name in {@code text}, or the failure naming the first character that breaks the grammar. */
    public static CpeName parse(String text) {
        if (!text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new IdentifierRejected(1, "cpe.prefix", PREFIX, "a CPE 2.3 name starts with " + PREFIX);
        }
        List<String> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        split(text, PREFIX.length(), parts, starts);
        if (parts.size() != COUNT) {
            throw new IdentifierRejected(parts.size() < COUNT ? text.length() + 1 : starts.get(COUNT) + 1, "cpe.count",
                    String.valueOf(parts.size()), "a CPE 2.3 name has 11 components after " + PREFIX + ", not " + parts.size());
        }
        CpeComponents.part(parts.get(0), starts.get(0) + 1);
        for (int i = 1; i < COUNT; i++) {
            if (i == LANGUAGE) {
                CpeComponents.language(parts.get(i), starts.get(i) + 1);
            } else {
                CpeComponents.value(parts.get(i), starts.get(i) + 1);
            }
        }
        return new CpeName(parts.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
    }

    /** Splits at every colon that no backslash escapes. */
    private static void split(String text, int from, List<String> parts, List<Integer> starts) {
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ':') {
                parts.add(text.substring(start, i));
                starts.add(start);
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        starts.add(start);
    }

    public String part() {
        return components.get(0);
    }

    public String vendor() {
        return components.get(1);
    }

    public String product() {
        return components.get(2);
    }

    public String version() {
        return components.get(3);
    }

    /** Whether {@code value} is a logical value, ANY ({@code *}) or NA ({@code -}), which names no particular version. */
    static boolean logical(String value) {
        return value.equals("*") || value.equals("-");
    }

    /** The formatted string, as stored and shown. */
    @Override
    public String toString() {
        return PREFIX + String.join(":", components);
    }
}
