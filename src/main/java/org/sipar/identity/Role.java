package org.sipar.identity;

/** What a person may do; a person has one or more. */
public enum Role {
    /** Runs the national platform: every organisation, person, group and the audit trail. */
    HUB_ADMIN,
    /** Manages the people and assets of their own organisation. */
    ORG_ADMIN,
    /** Works with intelligence, incidents and advisories on behalf of their organisation. */
    ANALYST,
    /** Reads what is shared with their organisation. */
    MEMBER;

    /**
     * Whether the role publishes intelligence for its organisation, and deletes what the organisation published
     * (hub administrators: for any organisation): analysts and administrators do, members only read. Every role
     * is named, so that a new one is decided on rather than let through.
     */
    public boolean publishes() {
        return switch (this) {
            case HUB_ADMIN, ORG_ADMIN, ANALYST -> true;
            case MEMBER -> false;
        };
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
