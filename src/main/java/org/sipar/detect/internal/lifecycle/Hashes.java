package org.sipar.detect.internal.lifecycle;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** File hashes as lowercase hexadecimal of exactly their algorithm's length. */
final class Hashes {

    private Hashes() {
    }

    static String canonical(ValueKind kind, String text) {
        int expected = hexLength(kind);
        if (text.length() != expected) {
            throw new RefusedValueException(kind, text, "a " + kind.label() + " hash has " + expected
                    + " hexadecimal digits, this one " + text.length() + " characters");
        }
        if (!text.chars().allMatch(HexFormat::isHexDigit)) {
            throw new RefusedValueException(kind, text, "it has characters other than hexadecimal digits");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    static int hexLength(ValueKind kind) {
        return switch (kind) {
            case MD5 -> 32;
            case SHA_1 -> 40;
            case SHA_256 -> 64;
            case SHA_512 -> 128;
            default -> throw new IllegalArgumentException(kind + " is not a hash kind");
        };
    }

    /** The kind for a STIX hash algorithm name ({@code MD5}, {@code SHA-1}, {@code SHA-256}, {@code SHA-512}; also without the '-'). */
    static Optional<ValueKind> kindOf(String algorithm) {
        return switch (algorithm.toUpperCase(Locale.ROOT).replace("-", "")) {
            case "MD5" -> Optional.of(ValueKind.MD5);
            case "SHA1" -> Optional.of(ValueKind.SHA_1);
            case "SHA256" -> Optional.of(ValueKind.SHA_256);
            case "SHA512" -> Optional.of(ValueKind.SHA_512);
            default -> Optional.empty();
        };
    }
}
