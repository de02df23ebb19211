package org.sipar.advisory.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sipar.platform.Ui;

/** A field of the editor's form as a reader names it: {@code vulnerabilities[0].cve} is "Vulnerability 1: CVE". */
public final class FieldLabel {

    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)(?:\\.(en|ur))?");
    private static final Pattern TEXT = Pattern.compile("(\\w+)(?:\\.(en|ur))?");

    private FieldLabel() {
    }

    public static String of(Ui ui, String field) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            return ui.t("advisory.field." + row.group(1), Integer.parseInt(row.group(2)) + 1) + ": "
                    + ui.t("advisory.field." + row.group(3)) + language(ui, row.group(4));
        }
        Matcher text = TEXT.matcher(field);
        return text.matches() ? ui.t("advisory.field." + text.group(1)) + language(ui, text.group(2)) : field;
    }

    private static String language(Ui ui, String lang) {
        return lang == null ? "" : " (" + ui.t("advisory.lang." + lang) + ")";
    }
}
