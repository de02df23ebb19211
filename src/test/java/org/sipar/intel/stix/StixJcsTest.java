package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The JSON Canonicalization Scheme against the examples of RFC 8785. */
class StixJcsTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical forms
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"
    })
    void numbersAreFormattedAsEcmaScriptDoesPerAppendixB(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(EcmaNumbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
    void nanAndInfinityAreRejectedAsRfc8785Requires(String bits) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThatThrownBy(() -> EcmaNumbers.format(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON has no representation for the number");
    }

    @Test
    void theWholeTransformationOfSection3_2_2() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertThat(Jcs.canonicalize(json.readTree(input))).isEqualTo(expected);
    }

    @Test
    void propertiesAreSortedByUtf16CodeUnitsAsInSection3_2_3() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertThat(Jcs.canonicalize(json.readTree(input))).isEqualTo(expected);
    }

    @Test
    void theUtf8FormIsWhatGetsHashed() {
        // Section 3.2.4: the canonical text is encoded in UTF-8; the euro sign takes three bytes.
        byte[] utf8 = Jcs.canonicalUtf8(json.readTree("{\"a\":\"\\u20ac\"}"));
        assertThat(utf8).isEqualTo("{\"a\":\"€\"}".getBytes(StandardCharsets.UTF_8)).hasSize(11);
    }

    @Test
    void onlyQuoteBackslashAndControlCharactersAreEscaped() {
        String text = "/\u001f\u007f\u2028<>&\b\f\t";
        assertThat(Jcs.canonicalize(JsonNodeFactory.instance.stringNode(text)))
                .isEqualTo("\"/\\u001f\u007f\u2028<>&\\b\\f\\t\"");
    }

    @Test
    void nestedArraysKeepTheirOrderAndWhitespaceIsDropped() {
        assertThat(Jcs.canonicalize(json.readTree("{ \"b\" : [ 3, {\"z\":1, \"a\":2} ], \"a\" : -0.0 }")))
                .isEqualTo("{\"a\":0,\"b\":[3,{\"a\":2,\"z\":1}]}");
    }

    @Test
    void aLoneSurrogateCannotBeCanonicalised() {
        assertThatThrownBy(() -> Jcs.canonicalize(JsonNodeFactory.instance.stringNode("a\ud800b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lone surrogate U+D800 at index 1 cannot be canonicalised (RFC 8785 section 3.2.2.2)");
    }
}
