package org.sipar.intel.stix;

import java.util.Optional;

/**
 * An identifier of the form {@code object-type--UUID} (specification section 2.9).
 *
 * @param type the object-type prefix
 * @param uuid the UUID part, as written
 */
record StixId(String type, String uuid) {

    /** Splits an identifier at its first "--"; empty when the prefix is no type name or the rest no UUID. */
    static Optional<StixId> parse(String identifier) {
        int separator = identifier.indexOf("--");
        if (separator < 0) {
            return Optional.empty();
        }
        if (!StixNames.isUuidForm(identifier, separator + 2)) {
            return Optional.empty();
        }
        String type = identifier.substring(0, separator);
        if (!StixNames.isTypeName(type)) {
            return Optional.empty();
        }
        return Optional.of(new StixId(type, identifier.substring(separator + 2)));
    }

    /** The version nibble: the first hex digit of the third group. */
    int version() {
        return Character.digit(uuid.charAt(14), 16);
    }

    /** RFC 4122 variant: the two high bits of the fourth group are 10, so its first digit is 8, 9, a or b. */
    boolean isRfc4122Variant() {
        return (Character.digit(uuid.charAt(19), 16) & 0b1100) == 0b1000;
    }

    /** RFC 4122 defines versions 1 to 5; the spec asks for 4 (random) or 5 (name-based, for SCOs). */
    boolean isRfc4122() {
        return isRfc4122Variant() && version() >= 1 && version() <= 5;
    }

    @Override
    public String toString() {
        return type + "--" + uuid;
    }
}
