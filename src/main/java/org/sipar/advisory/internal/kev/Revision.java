package org.sipar.advisory.internal.kev;

import java.time.Instant;

/** The catalogue's version: a number every change (a removal too) increases, and when the last change was made. */
public record Revision(long number, Instant changedAt) {
}
