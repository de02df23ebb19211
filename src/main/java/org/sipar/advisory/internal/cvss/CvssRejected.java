package org.sipar.advisory.internal.cvss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sipar.platform.InputRejected;

/**
 * A CVSS vector string does not parse: says where (1-based character index in the text given) and why. APIs read
 * {@link #getMessage()}; pages in Urdu translate {@code problem.advisory.cvss.rejected.<reason>} with the position,
 * then the metric, value and allowed values the reason names.
 */
public final class CvssRejected extends RuntimeException {

    /** What is wrong at {@link #position()}. */
    public enum Reason {
        /** The text does not start with {@code CVSS:3.0/}, {@code CVSS:3.1/} or {@code CVSS:4.0/}. */
        WRONG_PREFIX,
        /** A part between slashes is not {@code METRIC:VALUE}. */
        MALFORMED,
        /** The metric's abbreviation is not one of the version's. */
        UNKNOWN_METRIC,
        /** The value is not one the metric allows. */
        BAD_VALUE,
        /** The metric was given twice. */
        DUPLICATE_METRIC,
        /** A base metric is missing; the position is just past the end. */
        MISSING_METRIC;

        /** The key of the problem's translation, without the {@code problem.} that pages put before it. */
        public String problemKey() {
            return "advisory.cvss.rejected." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final int position;
    private final Reason reason;
    private final String detail;
    private final List<Object> args;

    /** {@code named}: what the reason names (metric, value, allowed values), for translations. */
    CvssRejected(int position, Reason reason, String detail, Object... named) {
        super("CVSS vector rejected at character " + position + ": " + detail);
        this.position = position;
        this.reason = reason;
        this.detail = detail;
        List<Object> all = new ArrayList<>(List.of(position));
        all.addAll(List.of(named));
        this.args = List.copyOf(all);
    }

    /** The 1-based index of the character where the problem starts. */
    public int position() {
        return position;
    }

    public Reason reason() {
        return reason;
    }

    /** English, without the position: e.g. "AV does not take the value Q (it takes N, A, L, P)". */
    public String detail() {
        return detail;
    }

    /** The problem for platform's {@link InputRejected}: {@code field} and {@code vector} as the person gave them. */
    public InputRejected.Problem problem(String field, String vector) {
        return new InputRejected.Problem(field, vector, getMessage(), reason.problemKey(), args);
    }
}
