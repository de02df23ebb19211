package org.sipar.advisory.internal.csafimport;

import org.sipar.advisory.internal.Text;

/** Where a document's texts go: an Urdu document ({@code document.lang} ur) fills the Urdu, any other the English. */
record Texts(boolean urdu) {

    static Texts forLanguage(String lang) {
        String l = lang == null ? "" : lang.strip().toLowerCase(java.util.Locale.ROOT);
        return new Texts(l.equals("ur") || l.startsWith("ur-"));
    }

    Text of(String text) {
        return urdu ? new Text("", text) : new Text(text, "");
    }
}
