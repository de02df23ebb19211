package org.sipar.intel;

/** The test fixtures for tests in other packages. */
public final class StixFixturesAccess {

    private StixFixturesAccess() {
    }

    /** A valid unmarked indicator with id {@code id}. */
    public static String indicator(String id) {
        return StixFixtures.indicator(id, "fixture", null, "2026-01-02T00:00:00.000Z");
    }
}
