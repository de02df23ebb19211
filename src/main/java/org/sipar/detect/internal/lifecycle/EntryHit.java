package org.sipar.detect.internal.lifecycle;

/** What a warning-list table reports for each hit: the list's index and the entry of it that matched. */
@FunctionalInterface
interface EntryHit {
    void accept(int list, String entry);
}
