package org.sipar.intel.internal.storage;

import java.util.Map;
import java.util.regex.Pattern;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Distribution;

/** The reason a publisher gives for a redistribution, and how the audit trail records a distribution. */
final class Reasons {

    /** The invisible bidirectional controls that would make a reason display as something else in the audit log. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
    private static final int LONGEST = 2000;

    private Reasons() {
    }

    /** The reason, stripped, once it says something and nothing hidden. */
    static String checked(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InputRejected("reason", "", "is required: say why the distribution changes (it is kept in the audit trail)");
        }
        if (text.length() > LONGEST) {
            throw new InputRejected("reason", text.substring(0, 40) + "…", "is longer than " + LONGEST + " characters");
        }
        if (BIDI_CONTROLS.matcher(text).find()) {
            throw new InputRejected("reason", text, "contains invisible bidirectional control characters");
        }
        return text;
    }

    /** A distribution as the audit trail keeps it. */
    static Map<String, Object> described(Distribution d) {
        return Map.of("tlp", d.tlp().label(), "organisations", d.organisations().stream().map(Object::toString).sorted().toList(),
                "groups", d.groups().stream().map(Object::toString).sorted().toList(),
                "people", d.people().stream().map(Object::toString).sorted().toList());
    }
}
