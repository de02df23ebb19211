package org.sipar.platform;

/** What the web layout needs to know about a signed-in person; implemented by the identity module. */
public interface Viewer {

    /** The person's identifier. */
    java.util.UUID personId();

    /** The name to greet the person by. */
    String displayName();

    /** The name of the person's organisation. */
    String organisationName();
}
