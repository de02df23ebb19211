package org.sipar.identity;

/** The kinds of organisation that take part in national cyber defence. */
public enum OrganisationKind {
    NATIONAL_CERT, GOVERNMENT, SECTOR_CERT, CRITICAL_INFRASTRUCTURE, PRIVATE, ACADEMIA, INTERNET_COMMUNITY, OTHER;

    /** The kind named by {@code value}, case-insensitively, with dashes or spaces for underscores. */
    public static OrganisationKind parse(String value) {
        String normal = value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (OrganisationKind kind : values()) {
            if (kind.name().equals(normal)) {
                return kind;
            }
        }
        throw new org.sipar.platform.InputRejected("kind", value, "must be one of " + java.util.Arrays.toString(values()));
    }
}
