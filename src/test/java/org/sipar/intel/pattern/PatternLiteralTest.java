package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.pattern.PatternTrees.inside;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.Literal.BinaryLiteral;
import org.sipar.intel.pattern.Literal.BoolLiteral;
import org.sipar.intel.pattern.Literal.FloatLiteral;
import org.sipar.intel.pattern.Literal.HexLiteral;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Literal.StringLiteral;
import org.sipar.intel.pattern.Literal.TimestampLiteral;

class PatternLiteralTest {

    private static Literal value(String literal) {
        return ((Comparison) inside("[x:p = " + literal + "]")).value();
    }

    @Test
    void stringsUndoTheTwoEscapesAndKeepEverythingElse() {
        assertThat(value("'it\\'s C:\\\\temp'")).isEqualTo(new StringLiteral("it's C:\\temp"));
        assertThat(value("''")).isEqualTo(new StringLiteral(""));
        assertThat(value("'سپر \"quoted\" ]) AND'")).isEqualTo(new StringLiteral("سپر \"quoted\" ]) AND"));
    }

    @Test
    void integersMayCarryASign() {
        assertThat(value("0")).isEqualTo(new IntLiteral(0));
        assertThat(value("-42")).isEqualTo(new IntLiteral(-42));
        assertThat(value("+7")).isEqualTo(new IntLiteral(7));
        assertThat(value("9223372036854775807")).isEqualTo(new IntLiteral(Long.MAX_VALUE));
    }

    @Test
    void floatsNeedAFractionAndMayOmitTheIntegerPart() {
        assertThat(value("7.0")).isEqualTo(new FloatLiteral(7.0));
        assertThat(value("-0.25")).isEqualTo(new FloatLiteral(-0.25));
        assertThat(value(".5")).isEqualTo(new FloatLiteral(0.5));
        assertThat(value("-0.0")).isEqualTo(new FloatLiteral(0.0));
    }

    @Test
    void booleansAreLowerCase() {
        assertThat(value("true")).isEqualTo(new BoolLiteral(true));
        assertThat(value("false")).isEqualTo(new BoolLiteral(false));
    }

    @Test
    void timestampsBecomeInstantsAndKeepTheirText() {
        assertThat(value("t'2016-01-01T00:00:00Z'"))
                .isEqualTo(new TimestampLiteral(Instant.parse("2016-01-01T00:00:00Z"), "2016-01-01T00:00:00Z"));
        TimestampLiteral precise = (TimestampLiteral) value("t'2016-02-29T23:59:59.123456789Z'");
        assertThat(precise.instant()).isEqualTo(Instant.parse("2016-02-29T23:59:59.123456789Z"));
        assertThat(precise.render()).isEqualTo("t'2016-02-29T23:59:59.123456789Z'");
    }

    @Test
    void binaryIsBase64AndHexIsPairsOfDigitsInEitherCase() {
        assertThat(value("b'AQID'")).isEqualTo(new BinaryLiteral(new byte[] {1, 2, 3}));
        assertThat(value("b'dGhpcyBpcyBhIHRlc3Q='")).isEqualTo(new BinaryLiteral("this is a test".getBytes()));
        assertThat(value("h'00fF'")).isEqualTo(new HexLiteral(new byte[] {0, (byte) 0xff}));
        assertThat(((HexLiteral) value("h''")).bytes()).isEmpty();
    }

    @Test
    void byteLiteralsCompareByContentAndCannotBeChangedFromOutside() {
        byte[] data = {1, 2};
        HexLiteral hex = new HexLiteral(data);
        data[0] = 9;
        hex.bytes()[1] = 9;
        assertThat(hex).isEqualTo(new HexLiteral(new byte[] {1, 2})).hasSameHashCodeAs(new HexLiteral(new byte[] {1, 2}));
        assertThat(hex.hex()).isEqualTo("0102");
        assertThat(new BinaryLiteral(new byte[] {1})).isNotEqualTo(new BinaryLiteral(new byte[] {2}));
    }
}
