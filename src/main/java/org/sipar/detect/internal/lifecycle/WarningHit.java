package org.sipar.detect.internal.lifecycle;

/** A value found on a warning list: the list's name and the entry of it that covers the value. */
public record WarningHit(String list, String entry) {
}
