package org.sipar.platform;

/** A setting has a value Sipar cannot work with; the message names the setting and what it accepts. */
public final class InvalidSetting extends RuntimeException {

    private final String setting;

    /** Creates the failure for {@code setting}, which had {@code value} instead of one of {@code accepted}. */
    public InvalidSetting(String setting, String value, String accepted) {
        super("Invalid setting " + setting + "='" + value + "': expected " + accepted);
        this.setting = setting;
    }

    /** The name of the offending setting, as written in properties. */
    public String setting() {
        return setting;
    }
}
