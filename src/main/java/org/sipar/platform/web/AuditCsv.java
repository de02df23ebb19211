package org.sipar.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sipar.platform.Audit;
import org.sipar.platform.TimeZones;
import org.sipar.platform.Ui;

/**
 * The audit trail as CSV (RFC 4180, through Apache Commons CSV): one row per entry, with the time both in UTC and
 * in the viewer's zone, the readable sentence and the raw details. A spreadsheet would run a cell that starts
 * with {@code = + - @}, a tab or a carriage return as a formula (CSV injection, OWASP): such a cell, which an
 * attacker can plant through a name or a file name, is written with a leading apostrophe so it stays text.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("id", "at_utc", "at_local", "zone", "actor", "action", "target",
            "outcome", "source_ip", "sentence", "details");

    private AuditCsv() {
    }

    static void write(Writer out, List<Audit.Recorded> entries, TimeZones.Zone zone, AuditSentences sentences, Ui ui)
            throws IOException {
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out)) {
            for (Audit.Recorded e : entries) {
                csv.printRecord(String.valueOf(e.id()), e.at().toString(), zone.format(e.at()), zone.name(),
                        safe(e.actor()), safe(e.action()), safe(e.target()), e.success() ? "success" : "failure",
                        safe(e.sourceIp()), safe(sentences.sentence(e, ui)), safe(e.details()));
            }
        }
    }

    /** The cell's text, defused when a spreadsheet would take it for a formula. */
    static String safe(String cell) {
        return org.sipar.platform.SpreadsheetCells.defused(cell);
    }
}
