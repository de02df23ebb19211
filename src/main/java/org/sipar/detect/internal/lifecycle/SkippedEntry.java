package org.sipar.detect.internal.lifecycle;

/** An entry of a warning list that was not loaded, and why (it has no canonical form of the list's kinds). */
public record SkippedEntry(String list, String entry, String reason) {
}
