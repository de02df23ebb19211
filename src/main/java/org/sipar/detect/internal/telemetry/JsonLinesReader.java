package org.sipar.detect.internal.telemetry;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/** JSON lines through a mapping (see {@link JsonLine}); lines that are not one JSON object are malformed. */
final class JsonLinesReader implements TelemetryReader {

    private final Mapping mapping;
    private final int maxLineBytes;

    JsonLinesReader(Mapping mapping, int maxLineBytes) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public TelemetryReport read(InputStream in, Consumer<Event> sink) {
        TelemetryReport report = new TelemetryReport();
        JsonLine json = new JsonLine(mapping, report);
        LineReader.forEach(in, maxLineBytes, report, line -> json.read(line, sink));
        return report;
    }
}
