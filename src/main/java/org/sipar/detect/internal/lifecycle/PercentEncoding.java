package org.sipar.detect.internal.lifecycle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Percent-encoding as RFC 3986 section 6.2.2.2 normalises it, with Safe Browsing's escaping of what may not stand
 * bare: an escaped unreserved character (letters, digits, '-', '.', '_', '~') is decoded, every other escape is kept
 * with uppercase hex, and characters at or below the space, DEL and above, and a '%' that starts no escape are
 * escaped (UTF-8). Other reserved characters are left as they are, since escaping or unescaping them changes what
 * the URL means ({@code %2F} is not '/').
 */
final class PercentEncoding {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private PercentEncoding() {
    }

    static String normalise(String component) {
        StringBuilder out = new StringBuilder(component.length() + 8);
        for (int i = 0; i < component.length(); ) {
            int c = component.codePointAt(i);
            if (c == '%' && isEscape(component, i)) {
                int decoded = HexFormat.fromHexDigits(component, i + 1, i + 3);
                out.append(isUnreserved(decoded) ? String.valueOf((char) decoded) : "%" + HEX.toHexDigits((byte) decoded));
                i += 3;
                continue;
            }
            if (c <= 0x20 || c >= 0x7F || c == '%') {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.toHexDigits(b));
                }
            } else {
                out.append((char) c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Every escape decoded, as UTF-8; for hosts, which are compared as names, never as escapes. */
    static String decodeAll(String component) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '%' && isEscape(component, i)) {
                bytes.write(HexFormat.fromHexDigits(component, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("its escapes are not UTF-8");
        }
    }

    private static boolean isEscape(String text, int at) {
        return at + 2 < text.length() && HexFormat.isHexDigit(text.charAt(at + 1)) && HexFormat.isHexDigit(text.charAt(at + 2));
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
