package org.sipar.bench;

import org.sipar.detect.internal.index.MatchSink;

/** Counts matches, so that the work of a lookup cannot be optimised away. */
final class CountingSink implements MatchSink {

    int count;

    @Override
    public void match(int owner, int ordinal) {
        count += 1 + (ordinal & 1);
    }
}
