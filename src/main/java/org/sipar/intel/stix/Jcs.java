package org.sipar.intel.stix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme of RFC 8785: object members sorted by the UTF-16 code units of their
 * names, no whitespace, ECMAScript number formatting and the minimal string escaping of JSON.stringify.
 * STIX hashes this form to derive SCO identifiers (specification section 2.9).
 */
final class Jcs {

    private Jcs() {
    }

    /** Returns the canonical text; throws IllegalArgumentException for non-JSON numbers or lone surrogates. */
    static String canonicalize(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Returns the canonical form as the UTF-8 bytes RFC 8785 hashes and signs. */
    static byte[] canonicalUtf8(JsonNode value) {
        return canonicalize(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> writeObject(value, out);
            case ARRAY -> writeArray(value, out);
            case STRING -> writeString(value.stringValue(), out);
            case NUMBER -> out.append(EcmaNumbers.format(Nodes.asDouble(value)));
            case BOOLEAN -> out.append(value.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("JSON has no " + value.getNodeType() + " value to canonicalise");
        }
    }

    private static void writeObject(JsonNode object, StringBuilder out) {
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 section 3.2.3 asks for.
        List<String> names = new ArrayList<>(object.propertyNames());
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ",");
            writeString(names.get(i), out);
            out.append(':');
            write(object.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "" : ",");
            write(array.get(i), out);
        }
        out.append(']');
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                i = writeSurrogatePair(text, i, out);
            } else {
                out.append(escaped(c));
            }
        }
        out.append('"');
    }

    private static String escaped(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }

    /** Copies a surrogate pair unescaped and returns the index of its second half; a lone half is an error. */
    private static int writeSurrogatePair(String text, int index, StringBuilder out) {
        char high = text.charAt(index);
        if (!Character.isHighSurrogate(high) || index + 1 >= text.length()
                || !Character.isLowSurrogate(text.charAt(index + 1))) {
            throw new IllegalArgumentException(String.format("lone surrogate U+%04X at index %d cannot be"
                    + " canonicalised (RFC 8785 section 3.2.2.2)", (int) high, index));
        }
        out.append(high).append(text.charAt(index + 1));
        return index + 1;
    }
}
