package org.sipar.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sipar.platform.InputRejected;

/**
 * Finds request parameters that no part of Sipar can use: text that is not UTF-8 once percent-decoded (a
 * malformed escape, an overlong form, a lone surrogate) and C0 control characters other than tab, CR and LF.
 * PostgreSQL refuses U+0000 in text outright, and no other control character means anything in a filter or
 * a form field, so both are refused at the edge, naming the parameter, before any of it reaches a query.
 */
final class ParameterText {

    private ParameterText() {
    }

    /** The problems of a raw (still percent-encoded) query string, in order; none when it is null or clean. */
    static List<InputRejected.Problem> ofQuery(String query) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return problems;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name = decode(rawName);
            String value = decode(rawValue);
            String shownName = name == null ? printable(rawName) : printable(name);
            if (name == null || value == null) {
                problems.add(new InputRejected.Problem(shownName, printable(rawValue),
                        "is not UTF-8 text once percent-decoded (a malformed %-escape or byte sequence)"));
            } else {
                control(shownName, name, value).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** The problems of decoded parameters (a form body), in order; malformed bytes were already replaced there. */
    static List<InputRejected.Problem> ofDecoded(Map<String, String[]> parameters) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        parameters.forEach((name, values) -> {
            for (String value : values) {
                control(printable(name), name, value == null ? "" : value).ifPresent(problems::add);
            }
        });
        return problems;
    }

    private static java.util.Optional<InputRejected.Problem> control(String shownName, String name, String value) {
        int inName = firstControl(name);
        int inValue = firstControl(value);
        if (inName < 0 && inValue < 0) {
            return java.util.Optional.empty();
        }
        String where = inName >= 0 ? "its name" : "its value";
        int c = inName >= 0 ? name.charAt(inName) : value.charAt(inValue);
        return java.util.Optional.of(new InputRejected.Problem(shownName, printable(value),
                "holds the control character U+%04X in %s, which cannot be used".formatted(c, where)));
    }

    /** The index of the first C0 control character other than tab, CR and LF, or -1. */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decodes {@code raw} ('+' is a space) strictly as UTF-8; null when it is not UTF-8 text. */
    static String decode(String raw) {
        byte[] bytes = percentDecoded(raw);
        if (bytes == null) {
            return null;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The bytes {@code raw} stands for; null when a '%' is not followed by two hexadecimal digits. */
    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (lo < 0) {
                return null;
            }
            bytes.write(hi << 4 | lo);
            i += 2;
        }
        return bytes.toByteArray();
    }

    /** {@code text} with its control characters written as \\uXXXX, so that an error message can show it. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? "\\u%04X".formatted(c) : String.valueOf((char) c)));
        return shown.toString();
    }
}
