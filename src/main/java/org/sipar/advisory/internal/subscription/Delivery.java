package org.sipar.advisory.internal.subscription;

/** When a subscriber hears of an advisory: at once, or in one mail a day (members only). */
public enum Delivery {
    IMMEDIATE, DAILY;

    /** The delivery named by a form's {@code value}; immediate when none is given. */
    static Delivery parse(String value) {
        if (value == null || value.isBlank()) {
            return IMMEDIATE;
        }
        for (Delivery d : values()) {
            if (d.name().equalsIgnoreCase(value.strip())) {
                return d;
            }
        }
        throw new org.sipar.platform.InputRejected("delivery", value, "must be IMMEDIATE or DAILY");
    }
}
