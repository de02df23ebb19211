package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatternRejectionTest {

    private static final String AFTER_OBSERVATION = "AND, OR, FOLLOWEDBY, WITHIN, REPEATS, START";
    private static final String OPERATORS =
            "a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)";
    private static final String PRIMITIVE = "a string, number, boolean, timestamp, binary or hex value";
    private static final String NO_PATH = "an object path, EXISTS or '('";

    static Stream<Arguments> brackets() {
        return Stream.of(
                arguments("[file:size = 1", 14, "expected AND, OR or ']' but found end of pattern"),
                arguments("([file:size = 1]", 16, "expected " + AFTER_OBSERVATION + " or ')' but found end of pattern"),
                arguments("[file:size = 1]]", 15, "expected " + AFTER_OBSERVATION + " or end of pattern but found ']'"),
                arguments("[file:size = 1] garbage", 16,
                        "expected " + AFTER_OBSERVATION + " or end of pattern but found 'garbage'"),
                arguments("[]", 1, "expected " + NO_PATH + " but found ']'"),
                arguments("[NOT EXISTS a:b]", 1, "expected " + NO_PATH + " but found 'NOT'"),
                arguments("file:size = 1280", 0, "expected '[' or '(' starting an observation expression but found 'file'"),
                arguments("   ", 3, "expected '[' or '(' starting an observation expression but found end of pattern"),
                arguments("[a:b = 1 and a:c = 2]", 9,
                        "expected AND, OR or ']' but found 'and' (keywords are written in upper case)"),
                arguments("[a:b = 1] /* note", 17, "expected '*/' closing the comment opened at 10 but found end of pattern"));
    }

    static Stream<Arguments> comparisons() {
        return Stream.of(
                arguments("[file:name 'foo.dll']", 11, "expected " + OPERATORS + " but found the string 'foo.dll'"),
                arguments("[file:size ~ 5]", 11, "expected " + OPERATORS + " but found '~'"),
                arguments("[file:hashes.MD5 =? 'x']", 18, "expected " + PRIMITIVE + " after '=' but found '?'"),
                arguments("[file:size = ]", 13, "expected " + PRIMITIVE + " after '=' but found ']'"),
                arguments("[file:hashes.MD5 = cead3f77]", 19, "expected " + PRIMITIVE + " after '=' but found 'cead3f77'"),
                arguments("[a:b LIKE 5]", 10, "expected a quoted string after 'LIKE' but found '5'"),
                arguments("[a:b > true]", 7,
                        "expected a string, number, timestamp, binary or hex value after '>' but found 'true'"),
                arguments("[a:b IN 5]", 8, "expected '(' starting the list of values after IN but found '5'"),
                arguments("[a:b IN (1, 2]", 13, "expected ',' or ')' in the list after IN but found ']'"));
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                arguments("[file.size = 1280]", 5, "expected ':' after the object type 'file' but found '.'"),
                arguments("[:size = 1]", 1, "expected " + NO_PATH + " but found ':'"),
                arguments("[file:extensions.windows-pebinary-ext.sections[*].entropy > 7.0]", 17,
                        "expected a property name after '.' (quote a name containing '-', as in 'windows-pebinary-ext')"
                                + " but found 'windows-pebinary-ext'"),
                arguments("[a:'' = 1]", 3, "expected a property name after ':' but found the string ''"),
                arguments("[a:b[x] = 1]", 5, "expected a list index or '*' after '[' but found 'x'"));
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                arguments("[file:name = 'foo]", 18, "expected ' closing the string that starts at 13 but found end of pattern"),
                arguments("[a:b = 'C:\\Windows']", 11,
                        "expected ' or \\ after a backslash (the only escapes in a string) but found 'W'"),
                arguments("[a:b = 007]", 7, "expected an integer without leading zeros but found '007'"),
                arguments("[a:b = h'0g']", 10, "expected a hex digit (0-9, a-f, A-F) but found 'g'"),
                arguments("[a:b = h'abc']", 9, "expected an even number of hex digits (two per byte) but found 3 digits"),
                arguments("[a:b = b'====']", 9,
                        "expected a base64 character (A-Z, a-z, 0-9, +, /) before the padding but found '='"),
                arguments("[a:b = b'abcde']", 9, "expected base64 text of 4, 8, 12, ... characters but found 5 characters"));
    }

    static Stream<Arguments> timestamps() {
        return Stream.of(
                arguments("[file:created = t'2016-13-01T00:00:00Z']", 23, "expected a month 01-12 but found '13'"),
                arguments("[a:b = t'2015-02-29T00:00:00Z']", 17, "expected a day 01-28 for 2015-02 but found '29'"),
                arguments("[a:b = t'2016-01-01T24:00:00Z']", 20, "expected an hour 00-23 but found '24'"),
                arguments("[a:b = t'2016-12-31T23:59:60Z']", 26,
                        "expected a second 00-59 (leap seconds are not supported) but found '60'"),
                arguments("[a:b = t'2016-01-01 00:00:00Z']", 19,
                        "expected 'T' in the timestamp (YYYY-MM-DDTHH:MM:SSZ) but found ' '"),
                arguments("[a:b = t'2016-01-01T00:00:00+01:00']", 28,
                        "expected 'Z' (UTC) ending the timestamp but found '+'"));
    }

    static Stream<Arguments> qualifiers() {
        return Stream.of(
                arguments("[a:b = 1] REPEATS -5 TIMES", 18,
                        "expected a whole number of times from 1 to 2147483647 after REPEATS but found '-5'"),
                arguments("[a:b = 1] WITHIN 0 SECONDS", 17,
                        "expected a number of seconds greater than 0 after WITHIN but found '0'"),
                arguments("[a:b = 1] WITHIN 5 MINUTES", 19, "expected SECONDS but found 'MINUTES'"),
                arguments("[a:b = 1] WITHIN 5 SECONDS WITHIN 6 SECONDS", 27, "expected at most one WITHIN on the same"
                        + " expression (parenthesise it to qualify it again) but found a second one"),
                arguments("[a:b = 1] START t'2016-07-01T00:00:00Z' STOP t'2016-06-01T00:00:00Z'", 45,
                        "expected a STOP timestamp later than the START timestamp t'2016-07-01T00:00:00Z'"
                                + " but found t'2016-06-01T00:00:00Z'"));
    }

    @ParameterizedTest
    @MethodSource({"brackets", "comparisons", "paths", "literals", "timestamps", "qualifiers"})
    void brokenPatternsAreRejectedAtTheRightPlaceSayingWhatWasExpected(String pattern, int position, String reason) {
        assertThatThrownBy(() -> StixPatterns.parse(pattern)).isInstanceOfSatisfying(PatternRejected.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.getMessage()).isEqualTo("at " + position + ": " + reason);
        });
    }
}
