package org.sipar.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sipar.platform.InputRejected;

/** Collects every problem with one piece of input, so that the answer names them all at once. */
final class Problems {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    /**
     * Invisible characters that reorder the text around them: in a name they can make "moc.elpmaxe-live" read as
     * "evil-example.com", or an organisation's name spill over its neighbours on a page.
     */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    private final List<InputRejected.Problem> found = new ArrayList<>();

    /** Adds a problem with {@code field}: {@code reason} in English, {@code key} and {@code args} for pages. */
    void add(String field, Object value, String key, String reason, Object... args) {
        found.add(new InputRejected.Problem(field, value == null ? null : String.valueOf(value), reason, key,
                List.of(args)));
    }

    /** Adds a problem found elsewhere, as it is. */
    void add(InputRejected.Problem problem) {
        found.add(problem);
    }

    /** Trims {@code value} and checks it is present (if required) and at most {@code max} characters. */
    String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (required && trimmed.isEmpty()) {
            add(field, value, "required", "is required");
        } else if (trimmed.length() > max) {
            add(field, trimmed, "tooLong", "is " + trimmed.length() + " characters long; at most " + max + " are allowed",
                    trimmed.length(), max);
        } else if (trimmed.chars().anyMatch(c -> Character.isISOControl(c))) {
            add(field, trimmed, "controlCharacters", "contains control characters");
        } else if (firstBidiControl(trimmed) >= 0) {
            String code = String.format("U+%04X", firstBidiControl(trimmed));
            add(field, trimmed, "bidiControl", "contains the invisible bidirectional control character " + code
                    + ", which can make text display differently from what it says; remove it", code);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The first bidirectional control character in {@code text}, or -1 when there is none. */
    private static int firstBidiControl(String text) {
        Matcher m = BIDI_CONTROLS.matcher(text);
        return m.find() ? m.group().charAt(0) : -1;
    }

    /** Checks an e-mail address and returns it lower-cased, or null when absent and optional. */
    String email(String field, String value, boolean required) {
        String text = text(field, value, 254, required);
        if (text != null && !EMAIL.matcher(text).matches()) {
            add(field, text, "email", "is not an e-mail address (expected name@domain)");
        }
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Throws {@link InputRejected} naming every problem found, if there is any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InputRejected(found);
        }
    }
}
