package org.sipar.advisory.internal.kev;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sipar.platform.SpreadsheetCells;

import static org.sipar.platform.SpreadsheetCells.defused;

/**
 * The catalogue as CISA's known_exploited_vulnerabilities.csv: its header, its column order, CWEs joined by ", ";
 * the text that people wrote defused for spreadsheets ({@link SpreadsheetCells}: CISA's own entries never begin like
 * a formula, so they are written as CISA writes them).
 */
final class KevCsv {

    static final String[] HEADER = {"cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded",
            "shortDescription", "requiredAction", "dueDate", "knownRansomwareCampaignUse", "notes", "cwes"};

    private KevCsv() {
    }

    static byte[] write(List<KevEntry> entries) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (KevEntry e : entries) {
                csv.printRecord(e.cveId(), defused(e.vendorProject()), defused(e.product()), defused(e.vulnerabilityName()),
                        e.dateAdded(), defused(e.shortDescription()), defused(e.requiredAction()), e.dueDate(),
                        e.knownRansomwareCampaignUse(), defused(e.notes()), String.join(", ", e.cwes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the catalogue as CSV", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
