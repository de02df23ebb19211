package org.sipar.intel.pattern;

import java.util.HashSet;
import java.util.Set;
import org.sipar.intel.pattern.ObservationExpression.And;
import org.sipar.intel.pattern.ObservationExpression.FollowedBy;
import org.sipar.intel.pattern.ObservationExpression.Observation;
import org.sipar.intel.pattern.ObservationExpression.Or;
import org.sipar.intel.pattern.ObservationExpression.Qualified;
import org.sipar.intel.pattern.Token.Kind;

/**
 * The observation level of the grammar: {@code FOLLOWEDBY} binds loosest, then {@code OR}, then {@code AND};
 * qualifiers bind to the bracketed or parenthesised expression they follow, tighter than any operator.
 */
final class ObservationParser {

    private static final String AFTER_EXPRESSION = "AND, OR, FOLLOWEDBY, WITHIN, REPEATS, START";

    private final Cursor cursor;
    private final ComparisonParser comparisons;
    private final QualifierParser qualifiers;

    ObservationParser(Cursor cursor) {
        this.cursor = cursor;
        this.comparisons = new ComparisonParser(cursor);
        this.qualifiers = new QualifierParser(cursor);
    }

    /** Parses the whole text as one pattern; anything left over is rejected. */
    ObservationExpression pattern() {
        ObservationExpression pattern = followedBy();
        if (!cursor.at(Kind.END)) {
            throw cursor.rejectHere(AFTER_EXPRESSION + " or end of pattern");
        }
        return pattern;
    }

    private ObservationExpression followedBy() {
        return cursor.chain("FOLLOWEDBY", this::or, FollowedBy::new);
    }

    private ObservationExpression or() {
        return cursor.chain("OR", this::and, Or::new);
    }

    private ObservationExpression and() {
        return cursor.chain("AND", this::qualified, And::new);
    }

    /**
     * The grammar lets qualifiers repeat after any observation expression. Like the OASIS validator, a kind may
     * only appear once directly after a bracketed observation ("[a] WITHIN 5 SECONDS WITHIN 6 SECONDS" is
     * refused), but any number of times after a parenthesised one ("([a]) WITHIN 5 SECONDS WITHIN 6 SECONDS").
     */
    private ObservationExpression qualified() {
        boolean bracketed = cursor.at(Kind.LEFT_BRACKET);
        ObservationExpression expression = primary();
        Set<Class<?>> applied = new HashSet<>();
        while (qualifiers.atQualifier()) {
            Token keyword = cursor.current();
            Qualifier qualifier = qualifiers.qualifier();
            if (!applied.add(qualifier.getClass()) && bracketed) {
                throw PatternRejected.expected(keyword.position(), "at most one " + keyword.text()
                        + " on the same expression (parenthesise it to qualify it again)", "a second one");
            }
            expression = new Qualified(expression, qualifier);
        }
        return expression;
    }

    private ObservationExpression primary() {
        if (cursor.at(Kind.LEFT_BRACKET)) {
            cursor.enter();
            cursor.advance();
            ComparisonExpression comparison = comparisons.expression();
            cursor.expect(Kind.RIGHT_BRACKET, "AND, OR or ']'");
            cursor.leave();
            return new Observation(comparison);
        }
        if (cursor.at(Kind.LEFT_PAREN)) {
            cursor.enter();
            cursor.advance();
            ObservationExpression inner = followedBy();
            cursor.expect(Kind.RIGHT_PAREN, AFTER_EXPRESSION + " or ')'");
            cursor.leave();
            return inner;
        }
        throw cursor.rejectHere("'[' or '(' starting an observation expression");
    }
}
