package org.sipar.platform.web;

import java.util.regex.Pattern;

/**
 * Makes the invisible bidirectional controls in stored text visible, for the places where a page cannot isolate
 * a value in {@code <bdi>}: the options of a select, and the audit trail, which must show exactly what was sent.
 * New names are refused with these characters; this covers what was stored before, and sign-in attempts.
 */
public final class Bidi {

    /** U+061C, U+200E/F, U+202A–U+202E and U+2066–U+2069: the characters that reorder text around them. */
    private static final Pattern CONTROLS = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private Bidi() {
    }

    /** The text with each bidirectional control written as {@code <U+202E>}; null stays null. */
    public static String visible(String text) {
        if (text == null || !CONTROLS.matcher(text).find()) {
            return text;
        }
        return CONTROLS.matcher(text).replaceAll(m -> String.format("<U+%04X>", (int) m.group().charAt(0)));
    }
}
