package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.sipar.intel.pattern.ComparisonExpression;
import org.sipar.intel.pattern.Literal;
import org.sipar.intel.pattern.ObservationExpression;
import org.sipar.intel.pattern.Operator;
import org.sipar.intel.pattern.PatternRejected;
import org.sipar.intel.pattern.StixPatterns;

/**
 * The observables a STIX pattern names, one per comparison in the order written: what an analyst copies into a
 * firewall or a search. Patterns in other languages (Sigma, YARA, Snort ...) name none that Sipar can read;
 * a STIX pattern that does not parse is reported with the parser's reason instead.
 *
 * @param error why the pattern could not be read, or null
 */
public record Observables(List<Observable> items, String error) {

    /** One comparison, numbered from 1: the object type, the property path after it, the operator and the value. */
    public record Observable(int number, String type, String property, String operator, String value) {
    }

    static Observables of(String pattern, String patternType) {
        if (patternType != null && !"stix".equals(patternType)) {
            return new Observables(List.of(), null);
        }
        try {
            List<Observable> items = new ArrayList<>();
            collect(StixPatterns.parse(pattern), items);
            return new Observables(List.copyOf(items), null);
        } catch (PatternRejected | IllegalArgumentException e) {
            return new Observables(List.of(), e.getMessage());
        }
    }

    private static void collect(ObservationExpression node, List<Observable> items) {
        switch (node) {
            case ObservationExpression.Observation o -> collect(o.comparison(), items);
            case ObservationExpression.And and -> and.operands().forEach(e -> collect(e, items));
            case ObservationExpression.Or or -> or.operands().forEach(e -> collect(e, items));
            case ObservationExpression.FollowedBy chain -> chain.operands().forEach(e -> collect(e, items));
            case ObservationExpression.Qualified q -> collect(q.expression(), items);
        }
    }

    private static void collect(ComparisonExpression node, List<Observable> items) {
        switch (node) {
            case ComparisonExpression.Comparison c -> items.add(new Observable(items.size() + 1, c.path().objectType(), c.path().property(),
                    (c.negated() ? "NOT " : "") + c.operator().symbol(), value(c.value())));
            case ComparisonExpression.Exists e -> items.add(new Observable(items.size() + 1, e.path().objectType(), e.path().property(),
                    "EXISTS", ""));
            case ComparisonExpression.And and -> and.operands().forEach(e -> collect(e, items));
            case ComparisonExpression.Or or -> or.operands().forEach(e -> collect(e, items));
        }
    }

    /** A string as itself (what one pastes elsewhere), anything else as the pattern writes it. */
    private static String value(Literal value) {
        return value instanceof Literal.StringLiteral s ? s.value() : value.render();
    }

    /** Whether {@code operator} is plain equality, the case the page shows without the operator. */
    public static boolean equality(String operator) {
        return Operator.EQUAL.symbol().equals(operator);
    }
}
