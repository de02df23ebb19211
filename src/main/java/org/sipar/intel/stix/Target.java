package org.sipar.intel.stix;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Which object types an embedded relationship ({@code *_ref} or {@code *_refs} property) may point to.
 *
 * @param description how findings name the allowed targets
 * @param allows      whether a referenced kind is allowed
 */
record Target(String description, Predicate<StixKind> allows) {

    /** Exactly these specification types. */
    static Target types(String... typeNames) {
        Set<String> allowed = Set.of(typeNames);
        return new Target(String.join(" or ", typeNames), kind -> allowed.contains(kind.typeName()));
    }

    /** Any object at all; only the identifier form is checked. */
    static Target any() {
        return new Target("any object", kind -> true);
    }

    /** SDOs, and custom types, which may be custom SDOs (specification section 11.2). */
    static Target sdo() {
        return new Target("an SDO", kind -> kind instanceof StixKind.Sdo || kind instanceof StixKind.Custom);
    }

    /** SCOs, and custom types, which may be custom SCOs. */
    static Target sco() {
        return new Target("an SCO", kind -> kind instanceof StixKind.Sco || kind instanceof StixKind.Custom);
    }

    /** SCOs and SROs (and custom types), as observed-data's object_refs allow. */
    static Target scoOrSro() {
        return new Target("an SCO or SRO", kind -> !(kind instanceof StixKind.Sdo) && !(kind instanceof StixKind.Meta));
    }

    /** What a relationship connects: SDOs and SCOs (and custom types), never SROs or meta objects. */
    static Target sdoOrSco() {
        return new Target("an SDO or SCO", kind -> !(kind instanceof StixKind.Sro) && !(kind instanceof StixKind.Meta));
    }

    /** Anything but the given types. */
    static Target not(String typeName) {
        return new Target("any object but " + typeName, kind -> !kind.typeName().equals(typeName));
    }
}
