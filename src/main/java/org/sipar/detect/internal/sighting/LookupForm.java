package org.sipar.detect.internal.sighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sipar.detect.internal.engine.Matches;
import org.sipar.detect.internal.engine.Observed;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;

/**
 * The desk's "check values" form: one value a line, its kind told from its shape (an address, a URL with its
 * scheme, an e-mail address, a hash by its length of hex digits, else a domain name), matched as the API matches.
 */
@Component
public class LookupForm {

    static final int MAX_LINES = 1_000;
    private final Matches matches;
    private final java.time.Clock clock;

    LookupForm(Matches matches, java.time.Clock clock) {
        this.matches = matches;
        this.clock = clock;
    }

    /** One line's answer: the value, its kind, and its matches or why it could not be read. */
    public record Row(String value, String type, List<Matches.Match> matches, String error) {
    }

    List<Row> check(String text, Reader reader) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_LINES) {
            throw new InputRejected("values", lines.size() + " lines", "at most " + MAX_LINES + " values at a time; the API takes 10,000");
        }
        List<Matches.Asked> asked = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (String value : lines) {
            String[] typed = typed(value);
            try {
                asked.add(Observed.asked(typed[0], typed[1], value));
                rows.add(new Row(value, typed[0], List.of(), null));
            } catch (IllegalArgumentException e) {
                asked.add(new Matches.Asked(List.of(), java.util.Map.of()));
                rows.add(new Row(value, typed[0], List.of(), e.getMessage()));
            }
        }
        List<List<Matches.Match>> found = matches.of(asked, reader);
        List<Row> answered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            answered.add(r.error() == null ? new Row(r.value(), r.type(), found.get(i), null) : r);
        }
        return answered;
    }

    /** The STIX type and property a value of this shape is. */
    static String[] typed(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            return new String[] {"ipv4-addr", "value"};
        }
        if (v.contains(":") && v.matches("[0-9a-f:.]+")) {
            return new String[] {"ipv6-addr", "value"};
        }
        if (v.matches("[a-z][a-z0-9+.-]*://.*")) {
            return new String[] {"url", "value"};
        }
        if (v.contains("@")) {
            return new String[] {"email-addr", "value"};
        }
        if (v.matches("[0-9a-f]+")) {
            String algorithm = switch (v.length()) {
                case 32 -> "MD5";
                case 40 -> "SHA-1";
                case 64 -> "SHA-256";
                case 128 -> "SHA-512";
                default -> null;
            };
            if (algorithm != null) {
                return new String[] {"file", "hashes.'" + algorithm + "'"};
            }
        }
        return new String[] {"domain-name", "value"};
    }
}
