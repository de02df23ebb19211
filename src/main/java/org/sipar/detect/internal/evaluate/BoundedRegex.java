package org.sipar.detect.internal.evaluate;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A MATCHES or LIKE expression compiled once, searched with a bounded amount of work. The spec names PCRE; this
 * is java.util.regex, which agrees on the common syntax (classes, quantifiers, anchors, groups, lookaround,
 * possessive and lazy quantifiers, {@code \xhh}) and differs on some rare constructs: POSIX bracket classes such
 * as {@code [[:digit:]]} are translated here to {@code \p{Digit}}; recursion {@code (?R)}, conditionals
 * {@code (?(1)..)}, {@code \K} and callouts are refused at compile time with the regex named.
 *
 * <p>A backtracking regex can take exponential time on a hostile input ({@code (a+)+$}); since the patterns
 * come from other organisations, each search may read at most {@link #MAX_INPUT} characters of input and make
 * at most {@link #STEP_BUDGET} character reads (counted through the {@link CharSequence} the engine reads).
 * A search that runs out is undecided, and the comparison holding it is false whatever its NOT.
 */
final class BoundedRegex {

    /** Inputs longer than this are undecided: no SCO property of interest is this long. */
    static final int MAX_INPUT = 1 << 20;
    /** Character reads allowed per search: linear regexes use a few per input character. */
    static final long STEP_BUDGET = 2_000_000;

    private static final String[][] POSIX_CLASSES = {
        {"[:alpha:]", "\\p{Alpha}"}, {"[:digit:]", "\\p{Digit}"}, {"[:alnum:]", "\\p{Alnum}"},
        {"[:upper:]", "\\p{Upper}"}, {"[:lower:]", "\\p{Lower}"}, {"[:space:]", "\\s"},
        {"[:punct:]", "\\p{Punct}"}, {"[:xdigit:]", "\\p{XDigit}"}, {"[:cntrl:]", "\\p{Cntrl}"},
        {"[:print:]", "\\p{Print}"}, {"[:graph:]", "\\p{Graph}"}, {"[:blank:]", "\\p{Blank}"},
        {"[:word:]", "\\w"},
    };

    private final Pattern pattern;
    private final boolean whole;

    private BoundedRegex(Pattern pattern, boolean whole) {
        this.pattern = pattern;
        this.whole = whole;
    }

    /** A MATCHES regex, found anywhere in the value as PCRE's search does; refused if Java cannot read it. */
    static BoundedRegex matches(String regex) {
        try {
            return new BoundedRegex(Pattern.compile(posixClasses(regex)), false);
        } catch (PatternSyntaxException unreadable) {
            throw new IllegalArgumentException("MATCHES regex '" + regex + "' is not one java.util.regex reads: "
                    + unreadable.getDescription(), unreadable);
        }
    }

    /** A LIKE expression: {@code %} any run of characters, {@code _} one character, matching the whole value. */
    static BoundedRegex like(String like) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        like.codePoints().forEach(c -> {
            if (c == '%' || c == '_') {
                regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString())).append(c == '%' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.appendCodePoint(c);
            }
        });
        regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString()));
        return new BoundedRegex(Pattern.compile(regex.toString(), Pattern.DOTALL), true);
    }

    /** Whether the regex matches {@code input}; throws {@link Undecided} when the bounds are reached. */
    boolean test(String input) {
        if (input.length() > MAX_INPUT) {
            throw Undecided.INSTANCE;
        }
        var matcher = pattern.matcher(new CountingSequence(input, STEP_BUDGET + 8L * input.length()));
        return whole ? matcher.matches() : matcher.find();
    }

    private static String posixClasses(String regex) {
        String translated = regex;
        for (String[] posix : POSIX_CLASSES) {
            translated = translated.replace(posix[0], posix[1]);
        }
        return translated;
    }

    /** A search that reached its bounds: neither a match nor a non-match. Stackless, as it is control flow. */
    static final class Undecided extends RuntimeException {
        static final Undecided INSTANCE = new Undecided();

        private Undecided() {
            super("regex search reached its bounds", null, false, false);
        }
    }

    private record CountingSequence(String text, long[] left) implements CharSequence {

        CountingSequence(String text, long budget) {
            this(text, new long[] {budget});
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw Undecided.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountingSequence(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
