package org.sipar.detect.internal.lifecycle;

import java.util.Locale;

/** How a MISP warning list's entries are compared with a value (the {@code type} field; {@code string} when absent). */
public enum WarningListType {
    /** The value equals an entry (both canonical). */
    STRING,
    /** An entry occurs in the value, case-insensitively. */
    SUBSTRING,
    /** The value's host name, or one of its parent domains, is an entry. */
    HOSTNAME,
    /** The value's address or range lies within an entry's range (a bare address is a one-address range). */
    CIDR,
    /** An entry, a PCRE-style {@code /pattern/flags}, finds a match in the value. */
    REGEX;

    /** The type as the file writes it. */
    static WarningListType of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown warning-list type \"" + name
                    + "\" (string, substring, hostname, cidr or regex)", e);
        }
    }
}
