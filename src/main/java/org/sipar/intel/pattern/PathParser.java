package org.sipar.intel.pattern;

import java.util.ArrayList;
import java.util.List;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Token.Kind;

/** Object paths: {@code type:property}, then {@code .property}, {@code .'quoted-key'}, {@code [n]} or {@code [*]}. */
final class PathParser {

    private final Cursor cursor;

    PathParser(Cursor cursor) {
        this.cursor = cursor;
    }

    /** Parses an object path; {@code expected} says what a missing one should have been, for the message. */
    ObjectPath path(String expected) {
        if (!cursor.at(Kind.WORD) || Token.isReserved(cursor.current().text())) {
            throw cursor.rejectHere(expected);
        }
        Token type = cursor.advance();
        cursor.expect(Kind.COLON, "':' after the object type '" + type.text() + "'");
        List<PathStep> steps = new ArrayList<>();
        steps.add(property("a property name after ':'"));
        while (cursor.at(Kind.DOT) || cursor.at(Kind.LEFT_BRACKET)) {
            if (cursor.advance().kind() == Kind.DOT) {
                steps.add(property("a property name after '.'"));
            } else {
                steps.add(index());
            }
        }
        return new ObjectPath(type.text(), steps);
    }

    private PathStep property(String expected) {
        Token token = cursor.current();
        if (token.kind() == Kind.WORD && token.text().indexOf('-') >= 0) {
            // Only object types may hold bare hyphens; the grammar wants such property names quoted.
            throw Cursor.reject(token, expected + " (quote a name containing '-', as in '" + token.text() + "')");
        }
        boolean named = token.kind() == Kind.WORD || (token.kind() == Kind.STRING && !token.content().isEmpty());
        if (!named) {
            throw Cursor.reject(token, expected);
        }
        cursor.advance();
        return new PathStep.Property(token.content());
    }

    private PathStep index() {
        Token token = cursor.current();
        PathStep step;
        if (token.kind() == Kind.STAR) {
            step = new PathStep.AnyIndex();
        } else if (token.kind() == Kind.INTEGER && Literals.of(token) instanceof IntLiteral number
                && number.value() == (int) number.value()) {
            step = new PathStep.Index((int) number.value());
        } else {
            throw Cursor.reject(token, "a list index or '*' after '['");
        }
        cursor.advance();
        cursor.expect(Kind.RIGHT_BRACKET, "']' closing the list index");
        return step;
    }
}
