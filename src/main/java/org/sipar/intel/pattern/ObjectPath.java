package org.sipar.intel.pattern;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code type:property.more[0].'quoted-name'}: the object type an observation must contain and the way to a
 * property inside it. The first step is always a property name.
 */
public record ObjectPath(String objectType, List<PathStep> steps) implements Pattern {

    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** A path; refused when the type is not an identifier or the steps do not start with a property. */
    public ObjectPath {
        Objects.requireNonNull(objectType, "objectType");
        if (!TYPE.matcher(objectType).matches()) {
            throw new IllegalArgumentException("object type '" + objectType
                    + "' is not letters, digits, '_' and '-' starting with a letter or '_'");
        }
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty() || !(steps.getFirst() instanceof PathStep.Property)) {
            throw new IllegalArgumentException("path of '" + objectType + "' must start with a property but has "
                    + steps);
        }
    }

    /** A path of {@code objectType} through the given property names, for example {@code of("file", "name")}. */
    public static ObjectPath of(String objectType, String... properties) {
        return new ObjectPath(objectType, Arrays.stream(properties)
                .<PathStep>map(PathStep.Property::new).toList());
    }

    /** The path after the object type as canonical text, such as {@code hashes.'SHA-256'}. */
    public String property() {
        String rendered = render();
        return rendered.substring(rendered.indexOf(':') + 1);
    }
}
