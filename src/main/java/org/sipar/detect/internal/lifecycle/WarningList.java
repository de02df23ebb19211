package org.sipar.detect.internal.lifecycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One MISP warning list as its file gives it. {@code matchingAttributes} are MISP attribute types ({@code ip-dst},
 * {@code domain}, {@code sha256} ...); empty means the list applies to every kind of value, as in MISP.
 */
public record WarningList(String name, int version, String description, WarningListType type,
        List<String> entries, Set<String> matchingAttributes) {

    public WarningList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "the description of warning list " + name);
        Objects.requireNonNull(type, "the type of warning list " + name);
        entries = List.copyOf(Objects.requireNonNull(entries, "the entries of warning list " + name));
        matchingAttributes = Set.copyOf(Objects.requireNonNull(matchingAttributes, "the matching attributes of " + name));
    }

    /** The kinds of value this list is checked against, from its matching attributes. */
    public Set<ValueKind> kinds() {
        if (matchingAttributes.isEmpty() || matchingAttributes.contains("ALL")) {
            return EnumSet.allOf(ValueKind.class);
        }
        EnumSet<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
        matchingAttributes.forEach(attribute -> kinds.addAll(MispAttributeTypes.kindsOf(attribute)));
        return kinds;
    }
}
