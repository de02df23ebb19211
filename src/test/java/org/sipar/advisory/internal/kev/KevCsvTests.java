package org.sipar.advisory.internal.kev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A national entry whose text would be a formula in a spreadsheet is written as text; a plain one as it is. */
class KevCsvTests {

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsText() throws IOException {
        KevEntry hostile = new KevEntry("CVE-2099-12345", "=HYPERLINK(\"http://evil.example\")", "+Product", "@Name",
                LocalDate.of(2026, 12, 1), "-2+3 cmd", "Apply updates per vendor instructions.", LocalDate.of(2026, 12, 22),
                "Unknown", "\tnote", List.of("CWE-79"));
        CSVRecord row = only(KevCsv.write(List.of(hostile)));
        assertThat(row.toList()).containsExactly("CVE-2099-12345", "'=HYPERLINK(\"http://evil.example\")", "'+Product",
                "'@Name", "2026-12-01", "'-2+3 cmd", "Apply updates per vendor instructions.", "2026-12-22", "Unknown",
                "'\tnote", "CWE-79");
    }

    private static CSVRecord only(byte[] csv) throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
