package org.sipar.detect.internal.index;

/** Receives each match of a lookup: which probe's owner (the caller's observation number) matched which ordinal. */
@FunctionalInterface
public interface MatchSink {

    void match(int owner, int ordinal);
}
