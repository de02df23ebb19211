package org.sipar.detect.internal.telemetry;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Zeek logs of any kind ({@link Presets#ZEEK}): TSV when the first line is a {@code #} header, JSON lines when
 * it is an object. The whole stream is read the way its first line says.
 */
final class ZeekReader implements TelemetryReader {

    private final int maxLineBytes;

    ZeekReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public TelemetryReport read(InputStream in, Consumer<Event> sink) {
        TelemetryReport report = new TelemetryReport();
        LineReader.forEach(in, maxLineBytes, report, new FirstLineDecides(report, sink));
        return report;
    }

    private static final class FirstLineDecides implements LineReader.LineHandler {

        private final TelemetryReport report;
        private final Consumer<Event> sink;
        private LineReader.LineHandler format;

        FirstLineDecides(TelemetryReport report, Consumer<Event> sink) {
            this.report = report;
            this.sink = sink;
        }

        @Override
        public void handle(LineReader line) {
            if (format == null) {
                format = startsWithBrace(line) ? json() : tsv();
            }
            format.handle(line);
        }

        private static boolean startsWithBrace(LineReader line) {
            for (int i = line.start(); i < line.start() + line.length(); i++) {
                if (line.buffer()[i] != ' ' && line.buffer()[i] != '\t') {
                    return line.buffer()[i] == '{';
                }
            }
            return false;
        }

        private LineReader.LineHandler json() {
            JsonLine json = new JsonLine(Presets.ZEEK, report);
            return line -> json.read(line, sink);
        }

        private LineReader.LineHandler tsv() {
            ZeekTsv tsv = new ZeekTsv(report);
            return line -> tsv.read(line, sink);
        }
    }
}
