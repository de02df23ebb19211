package org.sipar.detect.internal.engine;

import java.util.function.IntConsumer;

/**
 * The rows of the indicators that name a value. An address finds the indicators of that address and of every range
 * holding it; a domain those of that domain and of each parent whose subdomains they name; anything else those of
 * the same key. Written by one thread, read by any.
 */
interface KeyIndex {

    void add(Key key, int row);

    /** Gives {@code rows} every row whose key {@code observed} matches (a row may come more than once). */
    void find(Key observed, IntConsumer rows);

    /** The entries held (a row counts once per key it is held under). */
    long entries();
}
