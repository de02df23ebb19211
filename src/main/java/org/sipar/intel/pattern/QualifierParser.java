package org.sipar.intel.pattern;

import java.math.BigDecimal;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Literal.TimestampLiteral;
import org.sipar.intel.pattern.Qualifier.Repeats;
import org.sipar.intel.pattern.Qualifier.StartStop;
import org.sipar.intel.pattern.Qualifier.Within;
import org.sipar.intel.pattern.Token.Kind;

/** {@code WITHIN n SECONDS}, {@code REPEATS n TIMES} and {@code START t'…' STOP t'…'}. */
final class QualifierParser {

    private final Cursor cursor;

    QualifierParser(Cursor cursor) {
        this.cursor = cursor;
    }

    /** Whether the current token starts a qualifier. */
    boolean atQualifier() {
        return cursor.at("WITHIN") || cursor.at("REPEATS") || cursor.at("START");
    }

    /** Parses the qualifier at the cursor; call only when {@link #atQualifier()} holds. */
    Qualifier qualifier() {
        return switch (cursor.advance().text()) {
            case "WITHIN" -> within();
            case "REPEATS" -> repeats();
            default -> startStop();
        };
    }

    private Qualifier within() {
        Token number = cursor.current();
        boolean numeric = number.kind() == Kind.INTEGER || number.kind() == Kind.FLOAT;
        if (numeric) {
            Literals.of(number); // refuses what the grammar refuses, such as leading zeros
        }
        if (!numeric || new BigDecimal(number.text()).signum() <= 0) {
            throw cursor.rejectHere("a number of seconds greater than 0 after WITHIN");
        }
        cursor.advance();
        cursor.expect("SECONDS");
        return new Within(new BigDecimal(number.text()));
    }

    private Qualifier repeats() {
        Token number = cursor.current();
        boolean whole = number.kind() == Kind.INTEGER;
        long times = whole && Literals.of(number) instanceof IntLiteral count ? count.value() : 0;
        if (times <= 0 || times > Integer.MAX_VALUE) {
            throw cursor.rejectHere("a whole number of times from 1 to " + Integer.MAX_VALUE + " after REPEATS");
        }
        cursor.advance();
        cursor.expect("TIMES");
        return new Repeats((int) times);
    }

    private Qualifier startStop() {
        TimestampLiteral start = timestamp("START");
        cursor.expect("STOP");
        Token stopToken = cursor.current();
        TimestampLiteral stop = timestamp("STOP");
        if (!stop.instant().isAfter(start.instant())) {
            throw Cursor.reject(stopToken, "a STOP timestamp later than the START timestamp " + start.render());
        }
        return new StartStop(start.instant(), stop.instant());
    }

    private TimestampLiteral timestamp(String keyword) {
        if (!cursor.at(Kind.TIMESTAMP)) {
            throw cursor.rejectHere("a timestamp t'YYYY-MM-DDTHH:MM:SSZ' after " + keyword);
        }
        TimestampLiteral timestamp = (TimestampLiteral) Literals.of(cursor.current());
        cursor.advance();
        return timestamp;
    }
}
