package org.sipar.intel.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Small read helpers over Jackson trees, so the rules read as the specification does. */
final class Nodes {

    private Nodes() {
    }

    /** Returns the property's string value, empty when it is missing or not a string. */
    static Optional<String> string(JsonNode object, String property) {
        JsonNode value = object.get(property);
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    /** Returns the property's array elements, or the property itself when it is a single value. */
    static List<JsonNode> elements(JsonNode object, String property) {
        JsonNode value = object.get(property);
        List<JsonNode> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (value.isArray()) {
            value.forEach(elements::add);
        } else {
            elements.add(value);
        }
        return elements;
    }

    /**
     * Returns a number as the nearest double, infinite when beyond a double's range: Jackson's doubleValue()
     * throws for big integers and decimals out of range instead.
     */
    static double asDouble(JsonNode number) {
        if (number.isBigInteger()) {
            return number.bigIntegerValue().doubleValue();
        }
        return number.isBigDecimal() ? number.decimalValue().doubleValue() : number.doubleValue();
    }

    /** Returns the path of an element of a list property, as findings name it. */
    static String at(String property, int index) {
        return property + "[" + index + "]";
    }

    /** Returns a short, quoted rendering of a value for messages. */
    static String show(JsonNode value) {
        String text = value.isString() ? "'" + value.stringValue() + "'" : value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
