package org.sipar.detect.internal.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (RFC 4180, through commons-csv) whose first line names the columns, mapped by column name. Each line is
 * parsed on its own, so that a broken quote or a wrong number of columns costs that line only; the price is that
 * a quoted value cannot span lines. A header without some of the mapped columns is reported (on its line) and
 * the columns it has are read.
 */
final class CsvReader implements TelemetryReader {

    private final Mapping mapping;
    private final int maxLineBytes;

    CsvReader(Mapping mapping, int maxLineBytes) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public TelemetryReport read(InputStream in, Consumer<Event> sink) {
        TelemetryReport report = new TelemetryReport();
        Columns columns = new Columns(new EventAssembler(mapping, report), report);
        LineReader.forEach(in, maxLineBytes, report, line -> columns.read(line, sink));
        return report;
    }

    /** The header's slots once it is read, and each data line through them. */
    private static final class Columns {

        private final EventAssembler assembler;
        private final TelemetryReport report;
        private int[] slots;

        Columns(EventAssembler assembler, TelemetryReport report) {
            this.assembler = assembler;
            this.report = report;
        }

        void read(LineReader line, Consumer<Event> sink) {
            CSVRecord record;
            try {
                record = parse(line.text());
            } catch (IllegalStateException | UncheckedIOException broken) {
                report.malformed(line.number(), "broken CSV: " + broken.getMessage());
                return;
            }
            if (slots == null) {
                header(line.number(), record);
            } else if (record.size() != slots.length) {
                report.malformed(line.number(), record.size() + " columns where the header names " + slots.length);
            } else {
                assembler.clear();
                for (int column = 0; column < slots.length; column++) {
                    if (slots[column] >= 0) {
                        assembler.add(slots[column], record.get(column));
                    }
                }
                assembler.finish(line.number(), sink);
            }
        }

        private void header(long number, CSVRecord record) {
            slots = new int[record.size()];
            List<String> names = record.toList();
            for (int column = 0; column < slots.length; column++) {
                slots[column] = assembler.mapping().slot(names.get(column).strip());
            }
            List<String> missing = new ArrayList<>();
            assembler.mapping().fields().forEach(field -> addIfMissing(field.path(), names, missing));
            assembler.mapping().urls().forEach(url -> addIfMissing(url.hostPath(), names, missing));
            assembler.mapping().urls().forEach(url -> addIfMissing(url.pathPath(), names, missing));
            if (missing.isEmpty()) {
                report.ignored();
            } else {
                report.malformed(number, "the header has no column " + String.join(", ", missing));
            }
        }

        private static void addIfMissing(String column, List<String> names, List<String> missing) {
            if (names.stream().noneMatch(name -> name.strip().equals(column)) && !missing.contains(column)) {
                missing.add(column);
            }
        }

        private static CSVRecord parse(String text) {
            try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
                List<CSVRecord> records = parser.getRecords();
                if (records.size() != 1) {
                    throw new IllegalStateException("a quoted value runs past the end of the line");
                }
                return records.getFirst();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }
}
