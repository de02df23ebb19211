package org.sipar.intel.stix;

import tools.jackson.databind.JsonNode;

/**
 * Every string, property name and number anywhere in an object, checked for what would not survive storage
 * unchanged: NUL characters and unpaired surrogates (see {@link Texts}), and numbers beyond an IEEE 754 double,
 * which I-JSON (RFC 7493 section 2.2) rules out and which Jackson reads as Infinity and writes as the string
 * "Infinity". Runs on any JSON value, so it also guards objects no other rule can read.
 */
final class JsonValues {

    /** Enough to show what is wrong without one bad object flooding an import report. */
    private static final int MAX_FINDINGS = 20;

    private final Findings findings;
    private int found;

    private JsonValues(Findings findings) {
        this.findings = findings;
    }

    static void check(JsonNode value, Findings findings) {
        new JsonValues(findings).walk(value, "");
    }

    private void walk(JsonNode node, String path) {
        if (node.isObject()) {
            node.forEachEntry((name, value) -> {
                String child = path.isEmpty() ? name : path + "." + name;
                text(name, child, "property name");
                walk(value, child);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isString()) {
            text(node.stringValue(), path, "value");
        } else if (node.isNumber() && !fitsDouble(node)) {
            report(path, "the number " + Nodes.show(node) + " does not fit an IEEE 754 double (at most about"
                    + " 1.8e308 in size), so it cannot be stored or exchanged unchanged");
        }
    }

    private void text(String text, String path, String what) {
        int bad = Texts.firstUnstorable(text);
        if (bad >= 0) {
            report(path, "the " + what + " " + Texts.describe(text, bad));
        }
    }

    private void report(String path, String message) {
        if (found++ < MAX_FINDINGS) {
            findings.error(path, message);
        } else if (found == MAX_FINDINGS + 1) {
            findings.error(path, "and more such values; only the first " + MAX_FINDINGS + " are listed");
        }
    }

    /** Whether the number is finite as a double, as every JSON reader holds it. */
    static boolean fitsDouble(JsonNode number) {
        return Double.isFinite(Nodes.asDouble(number));
    }
}
