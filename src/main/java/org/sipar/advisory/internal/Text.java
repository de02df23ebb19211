package org.sipar.advisory.internal;

/**
 * A text of an advisory in its two languages. The Urdu is a translation of the English; where it is missing the
 * Urdu document and page fall back to the English and say so.
 */
public record Text(String en, String ur) {

    public static final Text EMPTY = new Text("", "");

    public Text {
        en = en == null ? "" : en.strip();
        ur = ur == null ? "" : ur.strip();
    }

    /** The text in {@code lang} ({@code en} or {@code ur}), or the English where there is no Urdu. */
    public String in(String lang) {
        return "ur".equals(lang) && !ur.isEmpty() ? ur : en;
    }

    /** Whether {@code lang}'s text is a fallback to the English. */
    public boolean missingIn(String lang) {
        return "ur".equals(lang) && ur.isEmpty() && !en.isEmpty();
    }

    public boolean isBlank() {
        return en.isEmpty() && ur.isEmpty();
    }
}
