package org.sipar.advisory.internal;

/**
 * Where the revision being written stands: draft → in review → approved → published. A published advisory
 * changes only through a new revision, which starts as a draft again while the published one is still served;
 * a withdrawn advisory changes no more.
 */
public enum State {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, WITHDRAWN
}
