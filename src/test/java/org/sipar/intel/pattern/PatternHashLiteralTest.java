package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hash values compared with a known algorithm's hashes key must have its form, as the OASIS validator requires. */
class PatternHashLiteralTest {

    private static final String MD5 = "cead3f77f6cda6ec00f57d76c9a6879f";
    private static final String SHA256 = "4bac27393bdd9777ce02453256c5577cd02275510b2227f473d03f533924f877";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[file:hashes.'SHA-256' = 'f00']                      | 25 | a SHA-256 hash of 64 hexadecimal digits after '='",
            "[file:hashes.MD5 != '" + SHA256 + "']                | 20 | a MD5 hash of 32 hexadecimal digits after '!='",
            "[file:hashes.'sha-1' = 'zz']                          | 23 | a SHA-1 hash of 40 hexadecimal digits after '='",
            "[file:hashes.SHA512 IN ('" + MD5 + "')]               | 24 | a SHA-512 hash of 128 hexadecimal digits in the list after IN",
            "[artifact:hashes.'SHA3-256' = '" + MD5 + "']          | 30 | a SHA3-256 hash of 64 hexadecimal digits after '='",
            "[file:hashes.SSDEEP = 'not a hash!']                  | 22 | a SSDEEP hash of 1 to 128 letters, digits and '/+:.' after '='",
            "[file:hashes.TLSH = 'abc']                            | 20 | a TLSH hash of 70 letters and digits, or T1 and 70 hexadecimal digits after '='",
            "[file:extensions.'windows-pebinary-ext'.sections[*].hashes.MD5 = 'x' ] | 65 | a MD5 hash of 32 hexadecimal digits after '='"})
    void aHashOfTheWrongLengthOrAlphabetIsRejected(String pattern, int position, String expected) {
        assertThatThrownBy(() -> StixPatterns.parse(pattern)).isInstanceOfSatisfying(PatternRejected.class, e -> {
            assertThat(e.reason()).startsWith("expected " + expected + " but found the string '");
            assertThat(e.position()).isEqualTo(position);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[file:hashes.'SHA-256' = '" + SHA256 + "']",
            "[file:hashes.'SHA-256' = '" + "4BAC27393BDD9777CE02453256C5577CD02275510B2227F473D03F533924F877" + "']",
            "[file:hashes.md5 IN ('" + MD5 + "', 'deadbeefdeadbeefdeadbeefdeadbeef')]",
            "[file:hashes.SSDEEP = '96:s4Ud1Lj96tHHlZDrwciQmA+4uy1I0G4HYuL8N3TzS8QsO/wqWXLcMSx:sF1LjEtHHlZDrJzrhuyZvHYm8tKp/RWO'] ",
            "[file:hashes.TLSH = 'T1" + SHA256 + "ABCDEF']",
            // Only equality compares whole values, custom keys may hold anything, and [*] names no algorithm.
            "[file:hashes.'SHA-256' LIKE 'f00%']", "[file:hashes.'x-acme' = 'f00']", "[file:hashes[*] = 'f00']",
            "[file:name = 'f00'] AND [file:hashes.MD5 = h'" + MD5 + "']"})
    void wellFormedHashesAndOtherComparisonsAreAccepted(String pattern) {
        assertThat(StixPatterns.parse(pattern).render()).contains("file:").contains("hashes");
    }
}
