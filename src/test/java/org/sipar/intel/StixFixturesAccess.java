package org.sipar.intel;

/** The test fixtures for tests in other packages. */
public final class StixFixturesAccess {

    private StixFixturesAccess() {
    }

    /** A valid unmarked indicator with id {@code id}. */
    public static String indicator(String id) {
        return StixFixtures.indicator(id, "fixture", null, "2026-01-02T00:00:00.000Z");
    }

    /** A new indicator id. */
    public static String newIndicatorId() {
        return StixFixtures.newIndicatorId();
    }

    /** A bundle of {@code objects}. */
    public static String bundle(String... objects) {
        return StixFixtures.bundle(objects);
    }
}
