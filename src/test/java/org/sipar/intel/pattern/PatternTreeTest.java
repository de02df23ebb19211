package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sipar.intel.pattern.PatternTrees.obs;
import static org.sipar.intel.pattern.PatternTrees.path;
import static org.sipar.intel.pattern.PatternTrees.str;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.Literal.BoolLiteral;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Literal.ListLiteral;
import org.sipar.intel.pattern.Literal.TimestampLiteral;
import org.sipar.intel.pattern.Qualifier.Repeats;
import org.sipar.intel.pattern.Qualifier.StartStop;
import org.sipar.intel.pattern.Qualifier.Within;

/** The records refuse, naming the bad value, what no pattern text could produce. */
class PatternTreeTest {

    @Test
    void operatorsJoinAtLeastTwoOperands() {
        assertThatThrownBy(() -> new ObservationExpression.And(List.of(obs("a", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("AND needs at least two operands but got 1");
        assertThatThrownBy(() -> new ComparisonExpression.Or(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("OR needs at least two operands but got 0");
    }

    @Test
    void qualifiersRefuseEmptyWindowsCountsAndIntervals() {
        assertThatThrownBy(() -> new Within(BigDecimal.ZERO)).hasMessage("WITHIN needs seconds greater than 0 but got 0");
        assertThatThrownBy(() -> new Repeats(-5)).hasMessage("REPEATS needs a count greater than 0 but got -5");
        Instant start = Instant.parse("2016-07-01T00:00:00Z");
        assertThatThrownBy(() -> new StartStop(start, start))
                .hasMessage("STOP 2016-07-01T00:00:00Z is not later than START 2016-07-01T00:00:00Z");
        assertThatThrownBy(() -> new StartStop(start, Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+10000-01-01T00:00:00Z");
    }

    @Test
    void comparisonsRefuseValuesTheirOperatorDoesNotTake() {
        assertThatThrownBy(() -> new Comparison(path("file", "name"), Operator.LIKE, false, new IntLiteral(5)))
                .hasMessage("LIKE does not take the value 5; it takes a quoted string");
        assertThatThrownBy(() -> new Comparison(path("file", "size"), Operator.GREATER_THAN, false, new BoolLiteral(true)))
                .hasMessageContaining("> does not take the value true");
        assertThat(Operator.IN.accepts(new ListLiteral(List.of(str("a"))))).isTrue();
        assertThat(Operator.EQUAL.accepts(new ListLiteral(List.of()))).isFalse();
    }

    @Test
    void pathsRefuseBadTypesAndPathsThatDoNotStartWithAProperty() {
        assertThatThrownBy(() -> path("1file", "name"))
                .hasMessage("object type '1file' is not letters, digits, '_' and '-' starting with a letter or '_'");
        assertThatThrownBy(() -> new ObjectPath("file", List.of(new PathStep.Index(0))))
                .hasMessage("path of 'file' must start with a property but has [Index[index=0]]");
    }

    @Test
    void literalsRefuseWhatCannotBeWritten() {
        assertThatThrownBy(() -> new Literal.FloatLiteral(Double.NaN)).hasMessage("float literal must be finite but got NaN");
        assertThatThrownBy(() -> new Literal.BinaryLiteral(new byte[0]))
                .hasMessage("binary literal must hold at least one byte but got 0");
        assertThatThrownBy(() -> new ListLiteral(List.of(new ListLiteral(List.of()))))
                .hasMessage("a list may not contain the list ()");
        assertThatThrownBy(() -> new TimestampLiteral(Instant.EPOCH, "2016-01-01T00:00:00Z"))
                .hasMessage("timestamp text '2016-01-01T00:00:00Z' denotes 2016-01-01T00:00:00Z, not 1970-01-01T00:00:00Z");
        assertThatThrownBy(() -> TimestampLiteral.of(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timestamp '+10000-01-01T00:00:00Z' is invalid");
        assertThat(TimestampLiteral.of(Instant.parse("2016-01-01T00:00:00.250Z")).render())
                .isEqualTo("t'2016-01-01T00:00:00.250Z'");
    }
}
