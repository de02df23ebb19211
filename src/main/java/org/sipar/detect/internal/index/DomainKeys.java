package org.sipar.detect.internal.index;

/** How a domain name, or one of its parents, becomes a key: its ASCII bytes after a tag saying exact or subtree. */
final class DomainKeys {

    static final byte EXACT = 0x50;
    static final byte WITH_SUBDOMAINS = 0x51;

    private DomainKeys() {
    }

    /** Canonical: lower-case ASCII (A-labels), not empty, no empty label, no trailing dot. */
    static String checkCanonical(String name) {
        boolean wellFormed = !name.isEmpty() && name.charAt(0) != '.' && name.charAt(name.length() - 1) != '.'
                && !name.contains("..");
        for (int i = 0; wellFormed && i < name.length(); i++) {
            char c = name.charAt(i);
            wellFormed = c > ' ' && c < 0x7F && (c < 'A' || c > 'Z');
        }
        if (!wellFormed) {
            throw new IllegalArgumentException("domain name \"" + name
                    + "\" is not canonical (lower-case ASCII A-labels, no empty label, no trailing dot)");
        }
        return name;
    }

    /** Labels in {@code name} from {@code start}: 1 + the dots after it. */
    static int labels(String name, int start) {
        int labels = 1;
        for (int i = start; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                labels++;
            }
        }
        return labels;
    }
}
