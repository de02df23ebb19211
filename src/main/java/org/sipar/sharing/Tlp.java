package org.sipar.sharing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Traffic Light Protocol 2.0 levels, strictest last, with their STIX marking-definition identifiers.
 * TLP 1.0 markings are understood and mapped: WHITE to CLEAR, the others to their namesakes.
 */
public enum Tlp {
    CLEAR("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
    GREEN("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
    AMBER("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
    AMBER_STRICT("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
    RED("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    private static final Map<String, Tlp> TLP1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", RED);

    /** The extension that defines TLP 2.0 marking definitions, and the day FIRST published them. */
    static final String TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    static final String TLP2_CREATED = "2022-10-01T00:00:00.000Z";

    private final String markingId;

    Tlp(String markingId) {
        this.markingId = markingId;
    }

    /** The STIX id of this level's TLP 2.0 marking definition. */
    public String markingId() {
        return markingId;
    }

    /** This level's TLP 2.0 marking-definition object, as published with the TLP 2.0 extension, in JSON. */
    public String markingDefinition() {
        return "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"" + markingId
                + "\",\"created\":\"" + TLP2_CREATED + "\",\"name\":\"TLP:" + label() + "\",\"extensions\":{\""
                + TLP2_EXTENSION + "\":{\"extension_type\":\"property-extension\",\"tlp_2_0\":\""
                + label().toLowerCase(Locale.ROOT) + "\"}}}";
    }

    /** The level as TLP 2.0 writes it, such as {@code AMBER+STRICT}. */
    public String label() {
        return name().replace('_', '+');
    }

    /** The level a marking-definition id stands for, for TLP 2.0 and TLP 1.0 ids; empty for other markings. */
    public static Optional<Tlp> ofMarking(String markingId) {
        for (Tlp tlp : values()) {
            if (tlp.markingId.equals(markingId)) {
                return Optional.of(tlp);
            }
        }
        return Optional.ofNullable(TLP1.get(markingId));
    }

    /** The level named by {@code text} ({@code amber+strict}, {@code TLP:RED}, {@code white} ...). */
    public static Tlp parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("TLP:", "").replace('+', '_');
        if ("WHITE".equals(name)) {
            return CLEAR;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown TLP level '" + text + "': expected CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
        }
    }

    /** The stricter of this level and {@code other}. */
    public Tlp stricter(Tlp other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
