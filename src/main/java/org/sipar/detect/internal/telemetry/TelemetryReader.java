package org.sipar.detect.internal.telemetry;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * A log format read as a stream: every event with observables goes to the sink as soon as its line is read, and
 * the answer is the report of the whole stream. A malformed line is reported and passed over; only a failure to
 * read the stream itself ({@link java.io.UncheckedIOException}) ends it early. The caller closes the stream.
 */
public sealed interface TelemetryReader permits JsonLinesReader, CsvReader, ZeekReader {

    /** The longest line kept: longer ones are reported malformed and skipped, so memory stays bounded. */
    int MAX_LINE_BYTES = 1 << 20;

    TelemetryReport read(InputStream in, Consumer<Event> sink);

    /** JSON lines (one object a line) read through a mapping. */
    static TelemetryReader jsonLines(Mapping mapping) {
        return new JsonLinesReader(mapping, MAX_LINE_BYTES);
    }

    /** Elastic Common Schema events as JSON lines. */
    static TelemetryReader ecs() {
        return jsonLines(Presets.ECS);
    }

    /** Suricata EVE JSON lines, whatever their {@code event_type}. */
    static TelemetryReader eve() {
        return jsonLines(Presets.SURICATA_EVE);
    }

    /** Zeek logs, TSV with their {@code #} headers or JSON lines, told apart by their first line. */
    static TelemetryReader zeek() {
        return new ZeekReader(MAX_LINE_BYTES);
    }

    /** CSV whose first line names the columns, read through a mapping of column names. */
    static TelemetryReader csv(Mapping mapping) {
        return new CsvReader(mapping, MAX_LINE_BYTES);
    }
}
