package org.sipar.platform;

/** Checks of settings at start-up, so that a bad one stops Sipar with one line naming it. */
final class Settings {

    private Settings() {
    }

    static void require(boolean ok, String name, Object value, String accepted) {
        if (!ok) {
            throw new InvalidSetting(name, String.valueOf(value), accepted);
        }
    }
}
