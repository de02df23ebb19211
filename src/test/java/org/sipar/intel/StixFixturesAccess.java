package org.sipar.intel;

import org.sipar.support.stix.Stix;

/**
 * Forwards to {@link Stix}, where the STIX test fixtures now live, for the one test that still calls it
 * ({@code intel.internal.ingestion.BatchIsolationTests}); remove it once that calls {@link Stix#indicator(String)}.
 */
@Deprecated
public final class StixFixturesAccess {

    private StixFixturesAccess() {
    }

    /** A valid unmarked indicator with id {@code id}: {@link Stix#indicator(String)}. */
    public static String indicator(String id) {
        return Stix.indicator(id);
    }
}
