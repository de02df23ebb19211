package org.sipar.advisory.internal;

/**
 * Whom an advisory is written for: the feeds and subscriptions are per audience. Who may read it is not this but
 * its distribution (TLP and recipients), decided by the one sharing policy: a public advisory is TLP:CLEAR.
 */
public enum Audience {
    PUBLIC, GOVERNMENT, CRITICAL_INFRASTRUCTURE, PRIVATE_SECTOR, NAMED;

    public static Audience parse(String value) {
        for (Audience a : values()) {
            if (a.name().equalsIgnoreCase(value == null ? "" : value.strip().replace('-', '_'))) {
                return a;
            }
        }
        throw new org.sipar.platform.InputRejected("audience", value, "must be one of " + java.util.Arrays.toString(values()));
    }
}
