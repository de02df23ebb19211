package org.sipar.detect.internal.evaluate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sipar.intel.pattern.Literal;
import org.sipar.intel.pattern.Operator;

/**
 * The test one comparison makes of each value its object path selects, built once per comparison: constants
 * decoded, regexes and CIDR blocks compiled, IN lists of strings hashed. {@code !=} is the negation of {@code =}
 * and {@code NOT} negates again, so that a value of the wrong type satisfies {@code !=} as in the reference
 * matcher. Under a {@code hashes} dictionary strings compare case-insensitively, as hex digests are written in
 * either case.
 */
final class ValueTests {

    private ValueTests() {
    }

    /** The value test for {@code operator} with {@code literal}, negated when {@code negated}. */
    static Predicate<Object> of(Operator operator, boolean negated, Literal literal, boolean hashValue) {
        Predicate<Object> test = positive(operator, literal, hashValue);
        boolean invert = negated ^ operator == Operator.NOT_EQUAL;
        return invert ? test.negate() : test;
    }

    private static Predicate<Object> positive(Operator operator, Literal literal, boolean hashValue) {
        return switch (operator) {
            case EQUAL, NOT_EQUAL -> equality(constant(literal), hashValue);
            case LESS_THAN -> ordering(constant(literal), order -> order < 0);
            case LESS_THAN_OR_EQUAL -> ordering(constant(literal), order -> order <= 0);
            case GREATER_THAN -> ordering(constant(literal), order -> order > 0);
            case GREATER_THAN_OR_EQUAL -> ordering(constant(literal), order -> order >= 0);
            case IN -> membership(((Literal.ListLiteral) literal).values(), hashValue);
            case LIKE -> text(BoundedRegex.like(nfc(string(literal))), true);
            case MATCHES -> text(BoundedRegex.matches(nfc(string(literal))), false);
            case IS_SUBSET -> subnet(string(literal), true);
            case IS_SUPERSET -> subnet(string(literal), false);
        };
    }

    /** A pattern constant as the value it is compared as: String, Long, Double, Boolean, Instant or byte[]. */
    static Object constant(Literal literal) {
        return switch (literal) {
            case Literal.StringLiteral s -> s.value();
            case Literal.IntLiteral i -> i.value();
            case Literal.FloatLiteral f -> f.value();
            case Literal.BoolLiteral b -> b.value();
            case Literal.TimestampLiteral t -> t.instant();
            case Literal.BinaryLiteral b -> b.bytes();
            case Literal.HexLiteral h -> h.bytes();
            case Literal.ListLiteral list -> throw new IllegalArgumentException("a list " + list.render()
                    + " is not a single constant");
        };
    }

    private static Predicate<Object> equality(Object constant, boolean hashValue) {
        if (hashValue && constant instanceof String digest) {
            String lower = digest.toLowerCase(Locale.ROOT);
            return value -> value instanceof String s && s.toLowerCase(Locale.ROOT).equals(lower);
        }
        return value -> Values.equal(value, constant);
    }

    private static Predicate<Object> ordering(Object constant, java.util.function.IntPredicate accepts) {
        return value -> {
            int order = Values.order(value, constant);
            return order != Values.INCOMPARABLE && accepts.test(order);
        };
    }

    private static Predicate<Object> membership(List<Literal> values, boolean hashValue) {
        if (!values.isEmpty() && values.stream().allMatch(Literal.StringLiteral.class::isInstance)) {
            Set<String> strings = new HashSet<>();
            values.forEach(v -> strings.add(fold(((Literal.StringLiteral) v).value(), hashValue)));
            return value -> value instanceof String s ? strings.contains(fold(s, hashValue))
                    : value instanceof byte[] bytes && strings.contains(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        List<Predicate<Object>> members = values.stream().map(v -> equality(constant(v), hashValue)).toList();
        return value -> members.stream().anyMatch(member -> member.test(value));
    }

    // As the reference matcher: MATCHES reads a binary value byte for byte (Latin-1, so that \xd4 means the byte
    // 0xd4), LIKE reads it as UTF-8 text and fails where it is not.
    private static Predicate<Object> text(BoundedRegex regex, boolean binaryAsUtf8) {
        return value -> switch (value) {
            case String s -> regex.test(nfc(s));
            case byte[] bytes when binaryAsUtf8 -> utf8(bytes) instanceof String s && regex.test(nfc(s));
            case byte[] bytes -> regex.test(new String(bytes, StandardCharsets.ISO_8859_1));
            default -> false;
        };
    }

    private static Predicate<Object> subnet(String literal, boolean valueInsideLiteral) {
        CidrRange constant = CidrRange.parse(literal);
        if (constant == null) {
            throw new IllegalArgumentException("'" + literal + "' is not an IPv4 or IPv6 address or CIDR block");
        }
        return value -> {
            CidrRange range = value instanceof String s ? CidrRange.parse(s) : null;
            return range != null && (valueInsideLiteral ? constant.contains(range) : range.contains(constant));
        };
    }

    private static String string(Literal literal) {
        return ((Literal.StringLiteral) literal).value();
    }

    private static String fold(String text, boolean hashValue) {
        return hashValue ? text.toLowerCase(Locale.ROOT) : text;
    }

    // The reference matcher compares LIKE and MATCHES in Unicode normal form C, so that composed and decomposed
    // accents agree; most values are already normal, which the check finds without copying.
    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
