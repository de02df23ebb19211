package org.sipar.intel.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sipar.intel.pattern.Token.Kind;

/** The parsers' view of the token stream: one token of lookahead, expectations, and the nesting limit. */
final class Cursor {

    // Patterns arrive from outside partners; a bound on nesting keeps hostile input from exhausting the stack.
    static final int MAX_DEPTH = 100;

    private final Lexer lexer;
    private Token current;
    private int depth;

    Cursor(String text) {
        this.lexer = new Lexer(text);
        this.current = lexer.next();
    }

    /** The token under the cursor, not consumed. */
    Token current() {
        return current;
    }

    /** Consumes and returns the current token. */
    Token advance() {
        Token taken = current;
        current = lexer.next();
        return taken;
    }

    /** Whether the current token is of {@code kind}. */
    boolean at(Kind kind) {
        return current.kind() == kind;
    }

    /** Whether the current token is the keyword {@code keyword}. */
    boolean at(String keyword) {
        return current.is(keyword);
    }

    /** Consumes the current token if it is the keyword {@code keyword}. */
    boolean accept(String keyword) {
        boolean found = at(keyword);
        if (found) {
            advance();
        }
        return found;
    }

    /** Consumes a token of {@code kind}, or rejects the pattern saying {@code expected}. */
    Token expect(Kind kind, String expected) {
        if (!at(kind)) {
            throw rejectHere(expected);
        }
        return advance();
    }

    /** Consumes a token of kind {@code one} or {@code other}, or rejects the pattern saying {@code expected}. */
    Token expectOneOf(Kind one, Kind other, String expected) {
        if (!at(one) && !at(other)) {
            throw rejectHere(expected);
        }
        return advance();
    }

    /** Consumes the keyword {@code keyword}, or rejects the pattern saying it was expected. */
    Token expect(String keyword) {
        if (!at(keyword)) {
            throw rejectHere(keyword);
        }
        return advance();
    }

    /**
     * Parses {@code operand (keyword operand)*}; a single operand is returned as is, several are joined into
     * one n-ary node so that long chains make flat trees rather than deep ones.
     */
    <T> T chain(String keyword, Supplier<T> operand, Function<List<T>, T> join) {
        List<T> operands = new ArrayList<>();
        operands.add(operand.get());
        while (accept(keyword)) {
            operands.add(operand.get());
        }
        return operands.size() == 1 ? operands.getFirst() : join.apply(operands);
    }

    /** A rejection at the current token: "expected {@code expected} but found" that token. */
    PatternRejected rejectHere(String expected) {
        return reject(current, expected);
    }

    /** A rejection at {@code token}: "expected {@code expected} but found" that token. */
    static PatternRejected reject(Token token, String expected) {
        return PatternRejected.expected(token.position(), expected, token.describe());
    }

    /** Notes that a parenthesis or bracket at the current token opens another level of nesting. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            throw PatternRejected.expected(current.position(), "at most " + MAX_DEPTH + " levels of nesting",
                    "a deeper one");
        }
    }

    /** Notes that a level of nesting has closed. */
    void leave() {
        depth--;
    }
}
