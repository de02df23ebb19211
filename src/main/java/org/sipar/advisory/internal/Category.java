package org.sipar.advisory.internal;

/** The CSAF 2.0 profiles an advisory follows (section 4), by the document category each one requires. */
public enum Category {
    SECURITY_ADVISORY("csaf_security_advisory"),
    INFORMATIONAL_ADVISORY("csaf_informational_advisory"),
    SECURITY_INCIDENT_RESPONSE("csaf_security_incident_response"),
    VEX("csaf_vex");

    private final String csaf;

    Category(String csaf) {
        this.csaf = csaf;
    }

    /** The value of {@code document.category}. */
    public String csaf() {
        return csaf;
    }

    /** Whether the profile is about vulnerabilities in products (product tree and vulnerabilities required). */
    public boolean aboutProducts() {
        return this == SECURITY_ADVISORY || this == VEX;
    }

    public static Category ofCsaf(String value) {
        for (Category c : values()) {
            if (c.csaf.equals(value) || c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        throw new org.sipar.platform.InputRejected("category", value, "must be one of csaf_security_advisory, "
                + "csaf_informational_advisory, csaf_security_incident_response, csaf_vex");
    }
}
