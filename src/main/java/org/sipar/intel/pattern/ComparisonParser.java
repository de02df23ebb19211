package org.sipar.intel.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sipar.intel.pattern.ComparisonExpression.And;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.ComparisonExpression.Exists;
import org.sipar.intel.pattern.ComparisonExpression.Or;
import org.sipar.intel.pattern.Literal.ListLiteral;
import org.sipar.intel.pattern.Token.Kind;

/** The inside of {@code [ … ]}: comparisons joined by AND (binding tighter) and OR, with parentheses. */
final class ComparisonParser {

    private static final String OPERATORS = "a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, "
            + "ISSUBSET, ISSUPERSET)";

    private final Cursor cursor;
    private final PathParser paths;

    ComparisonParser(Cursor cursor) {
        this.cursor = cursor;
        this.paths = new PathParser(cursor);
    }

    /** Parses a comparison expression up to the first token that cannot continue it. */
    ComparisonExpression expression() {
        return cursor.chain("OR", this::and, Or::new);
    }

    private ComparisonExpression and() {
        return cursor.chain("AND", this::test, And::new);
    }

    private ComparisonExpression test() {
        if (cursor.at(Kind.LEFT_PAREN)) {
            cursor.enter();
            cursor.advance();
            ComparisonExpression inner = expression();
            cursor.expect(Kind.RIGHT_PAREN, "AND, OR or ')'");
            cursor.leave();
            return inner;
        }
        if (cursor.accept("EXISTS")) {
            return new Exists(paths.path("an object path after EXISTS"));
        }
        ObjectPath path = paths.path("an object path, EXISTS or '('");
        boolean negated = cursor.accept("NOT");
        Operator operator = operator();
        HashForm hash = HashForm.of(path, operator);
        Literal value = operator == Operator.IN ? list(hash) : value(operator, "after '" + operator.symbol() + "'", hash);
        return new Comparison(path, operator, negated, value);
    }

    private Operator operator() {
        Token token = cursor.current();
        boolean candidate = token.kind() == Kind.OPERATOR || token.kind() == Kind.WORD;
        Optional<Operator> operator = candidate ? Operator.bySymbol(token.text()) : Optional.empty();
        Operator found = operator.orElseThrow(() -> Cursor.reject(token, OPERATORS));
        cursor.advance();
        return found;
    }

    /** The literal at the cursor, which must suit the operator and, compared with a hash, the hash's form. */
    private Literal value(Operator operator, String where, HashForm hash) {
        Token token = cursor.current();
        Literal value = Literals.of(token);
        if (value == null || !operator.accepts(value)) {
            throw Cursor.reject(token, operator.takes() + " " + where);
        }
        if (hash != null && !hash.accepts(value)) {
            throw Cursor.reject(token, hash.expected() + " " + where);
        }
        cursor.advance();
        return value;
    }

    private ListLiteral list(HashForm hash) {
        cursor.expect(Kind.LEFT_PAREN, "'(' starting the list of values after IN");
        List<Literal> values = new ArrayList<>();
        if (cursor.at(Kind.RIGHT_PAREN)) {
            cursor.advance();
            return new ListLiteral(values);
        }
        do {
            values.add(value(Operator.EQUAL, "in the list after IN", hash));
        } while (acceptComma());
        return new ListLiteral(values);
    }

    // After a list element: ',' continues the list, ')' ends it, anything else is refused.
    private boolean acceptComma() {
        Token token = cursor.expectOneOf(Kind.COMMA, Kind.RIGHT_PAREN, "',' or ')' in the list after IN");
        return token.kind() == Kind.COMMA;
    }
}
