package org.sipar.intel.internal.ingestion;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in PostgreSQL's {@code COPY} text format, as UTF-8: fields separated by tabs, rows ended by a newline,
 * {@code \N} for null, and backslash, tab, newline and carriage return escaped with a backslash.
 */
final class CopyRows {

    private byte[] bytes;
    private int length;

    CopyRows(int capacity) {
        bytes = new byte[Math.max(capacity, 1024)];
    }

    /** Adds a field and a tab after it. */
    CopyRows field(String value) {
        text(value);
        put((byte) '\t');
        return this;
    }

    /** Adds the last field of a row and the newline after it. */
    CopyRows last(String value) {
        text(value);
        put((byte) '\n');
        return this;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** An array literal of text elements, such as {@code {"a","b"}}; {@code {}} when empty. */
    static String array(List<String> elements) {
        if (elements.isEmpty()) {
            return "{}";
        }
        StringBuilder literal = new StringBuilder("{");
        for (String element : elements) {
            literal.append(literal.length() > 1 ? ",\"" : "\"");
            for (int i = 0; i < element.length(); i++) {
                char c = element.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private void text(String value) {
        if (value == null) {
            ensure(2);
            bytes[length++] = '\\';
            bytes[length++] = 'N';
            return;
        }
        int n = value.length();
        ensure(n * 2);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // Rarely needed: encode the rest in one go. UTF-8 never uses the bytes escaped below inside a
                // multi-byte character, so escaping byte by byte stays right.
                escaped(value.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            escapedByte((byte) c);
        }
    }

    private void escaped(byte[] utf8) {
        ensure(utf8.length * 2);
        for (byte b : utf8) {
            escapedByte(b);
        }
    }

    private void escapedByte(byte b) {
        switch (b) {
            case '\\' -> { bytes[length++] = '\\'; bytes[length++] = '\\'; }
            case '\t' -> { bytes[length++] = '\\'; bytes[length++] = 't'; }
            case '\n' -> { bytes[length++] = '\\'; bytes[length++] = 'n'; }
            case '\r' -> { bytes[length++] = '\\'; bytes[length++] = 'r'; }
            default -> bytes[length++] = b;
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
