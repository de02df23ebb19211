package org.sipar.intel.stix;

import tools.jackson.databind.JsonNode;

/**
 * The JSON form of each STIX 2.1 property type (specification section 2): what a value must be, checked
 * before any rule reads it, so that a list where a string belongs is as wrong as a number there.
 */
enum PropertyType {
    STRING("a string"), STRINGS("a list of strings"), INTEGER("an integer from -(2^53-1) to 2^53-1"),
    COUNT("an integer from 0 to 2^53-1"), NUMBER("a number"), BOOLEAN("a boolean"), OBJECT("an object"),
    OBJECTS("a list of objects"), DICTIONARY("a non-empty dictionary whose keys are at most 250 of a-z, A-Z, 0-9, '-' and '_'"),
    STRING_VALUES("an object whose values are strings"), URL("an absolute URL (RFC 3986)"),
    BINARY("base64 (RFC 4648) binary data"), HEX("an even number of hexadecimal digits");

    /** Section 2.8: integers MUST fit in 54 signed bits, for JSON interoperability. */
    static final long MAX_INTEGER = (1L << 53) - 1;

    private final String described;

    PropertyType(String described) {
        this.described = described;
    }

    /** Reports the value when it is not of this type; lists are checked element by element. */
    void check(JsonNode value, String path, Findings findings) {
        if (!accepts(value)) {
            findings.error(path, "must be " + described + ", not " + Nodes.show(value));
        }
    }

    private boolean accepts(JsonNode value) {
        return switch (this) {
            case STRING -> value.isString();
            case STRINGS -> value.isArray() && value.valueStream().allMatch(JsonNode::isString);
            case INTEGER -> isInteger(value, -MAX_INTEGER);
            case COUNT -> isInteger(value, 0);
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
            case OBJECTS -> value.isArray() && value.valueStream().allMatch(JsonNode::isObject);
            case DICTIONARY -> value.isObject() && !value.isEmpty() && value.propertyStream().allMatch(
                    entry -> isDictionaryKey(entry.getKey()));
            case STRING_VALUES -> value.isObject() && value.valueStream().allMatch(JsonNode::isString);
            case URL -> value.isString() && Urls.isAbsolute(value.stringValue());
            case BINARY -> value.isString() && isBase64(value.stringValue());
            case HEX -> value.isString() && isHex(value.stringValue());
        };
    }

    /** Whole numbers, also when written with a fraction of zero (1.0), within [min, 2^53-1]. */
    private static boolean isInteger(JsonNode value, long min) {
        if (!value.isNumber()) {
            return false;
        }
        double number = Nodes.asDouble(value);
        return number == Math.rint(number) && number >= min && number <= MAX_INTEGER;
    }

    /** Section 2.7: keys of at most 250 ASCII letters, digits, hyphens and underscores. */
    private static boolean isDictionaryKey(String key) {
        return key.length() <= 250 && key.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }

    private static boolean isBase64(String text) {
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        if (text.isEmpty() || text.length() % 4 != 0) {
            return false;
        }
        return text.substring(0, text.length() - padding).chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || c == '+' || c == '/'));
    }

    private static boolean isHex(String text) {
        return !text.isEmpty() && text.length() % 2 == 0 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
    }
}
