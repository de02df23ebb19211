package org.sipar.detect.internal.telemetry;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading one upload found: every line read, those parsed into events, those malformed (all counted, the
 * first {@value #MALFORMED_KEPT} kept with their line numbers and reasons), the lines that are neither (blank,
 * headers, comments), the observables extracted and the field values refused as invalid for their type.
 * Filled by one reader on one thread; read it once the reader has returned.
 */
public final class TelemetryReport {

    public static final int MALFORMED_KEPT = 100;
    private static final int MAX_REASON = 200;

    /** A line that could not be read, and why. */
    public record Malformed(long line, String reason) {
    }

    private final List<Malformed> malformed = new ArrayList<>();
    private long linesRead;
    private long parsed;
    private long malformedLines;
    private long ignored;
    private long observables;
    private long invalidValues;

    void lineRead() {
        linesRead++;
    }

    void parsed(int observablesInLine) {
        parsed++;
        observables += observablesInLine;
    }

    void malformed(long line, String reason) {
        malformedLines++;
        if (malformed.size() < MALFORMED_KEPT) {
            String shortened = reason == null ? "unreadable" : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "..." : reason;
            malformed.add(new Malformed(line, shortened));
        }
    }

    void ignored() {
        ignored++;
    }

    void invalidValue() {
        invalidValues++;
    }

    public long linesRead() {
        return linesRead;
    }

    public long parsed() {
        return parsed;
    }

    public long malformedLines() {
        return malformedLines;
    }

    /** The first {@value #MALFORMED_KEPT} malformed lines, in order. */
    public List<Malformed> malformed() {
        return List.copyOf(malformed);
    }

    /** Lines that hold no event and are no fault: blank lines, headers, comments. */
    public long ignoredLines() {
        return ignored;
    }

    public long observables() {
        return observables;
    }

    /** Field values that were not valid for their type ({@code -} or {@code 999.1.1.1} as an address), skipped. */
    public long invalidValues() {
        return invalidValues;
    }

    @Override
    public String toString() {
        return "TelemetryReport[read=" + linesRead + ", parsed=" + parsed + ", malformed=" + malformedLines + ", ignored=" + ignored
                + ", observables=" + observables + ", invalidValues=" + invalidValues + "]";
    }
}
