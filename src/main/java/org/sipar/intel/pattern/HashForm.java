package org.sipar.intel.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The form each hash algorithm of the STIX 2.1 hash-algorithm-ov gives its values, as the OASIS JSON schema
 * (hashes-type) and pattern validator check them: {@code [file:hashes.'SHA-256' = 'f00']} can never match and
 * is refused. Only known algorithms are checked; custom hash keys may hold anything.
 */
record HashForm(String algorithm, java.util.regex.Pattern form, String described) {

    private static final List<HashForm> KNOWN = List.of(
            hex("MD5", 32), hex("SHA-1", 40), hex("SHA-256", 64), hex("SHA-512", 128),
            hex("SHA3-256", 64), hex("SHA3-512", 128),
            new HashForm("SSDEEP", java.util.regex.Pattern.compile("[a-zA-Z0-9/+:.]{1,128}"),
                    "of 1 to 128 letters, digits and '/+:.'"),
            // The schema's 70 characters, and the current TLSH digest form: "T1" and 70 hexadecimal digits.
            new HashForm("TLSH", java.util.regex.Pattern.compile("[a-zA-Z0-9]{70}|T1[0-9a-fA-F]{70}"),
                    "of 70 letters and digits, or T1 and 70 hexadecimal digits"));

    // Keys match case-insensitively and with or without hyphens (SHA256, sha-256), as the OASIS validator does.
    private static final Map<String, HashForm> BY_KEY = KNOWN.stream()
            .collect(Collectors.toMap(known -> key(known.algorithm()), Function.identity()));

    private static HashForm hex(String algorithm, int digits) {
        return new HashForm(algorithm, java.util.regex.Pattern.compile("[0-9a-fA-F]{" + digits + "}"),
                "of " + digits + " hexadecimal digits");
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replace("-", "");
    }

    /** The form a value compared by {@code operator} with {@code path} must have; null when none is known. */
    static HashForm of(ObjectPath path, Operator operator) {
        List<PathStep> steps = path.steps();
        boolean equality = operator == Operator.EQUAL || operator == Operator.NOT_EQUAL || operator == Operator.IN;
        if (!equality || steps.size() < 2 || !(steps.getLast() instanceof PathStep.Property algorithm)
                || !(steps.get(steps.size() - 2) instanceof PathStep.Property hashes) || !"hashes".equals(hashes.name())) {
            return null;
        }
        return BY_KEY.get(key(algorithm.name()));
    }

    /** Whether a literal may be such a hash: strings must have the form; other literals are left to the operator. */
    boolean accepts(Literal value) {
        return !(value instanceof Literal.StringLiteral text) || form.matcher(text.value()).matches();
    }

    /** How a rejection names what was expected, such as "an SHA-256 hash of 64 hexadecimal digits". */
    String expected() {
        return "a " + algorithm + " hash " + described;
    }
}
