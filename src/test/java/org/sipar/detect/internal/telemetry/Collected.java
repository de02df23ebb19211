package org.sipar.detect.internal.telemetry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/** What a reader handed on and reported for one input, for the tests. */
record Collected(TelemetryReport report, List<Event> events) {

    static Collected read(TelemetryReader reader, String text) {
        return read(reader, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Collected read(TelemetryReader reader, InputStream in) {
        List<Event> events = new ArrayList<>();
        TelemetryReport report = reader.read(in, events::add);
        return new Collected(report, events);
    }

    /** A sample file (gunzipped when it ends in .gz), streamed. */
    static Collected read(TelemetryReader reader, Path file) {
        try (InputStream in = open(file)) {
            return read(reader, in);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A small sample file with its text changed first (Zeek's test logs mask their timestamps). */
    static Collected read(TelemetryReader reader, Path file, UnaryOperator<String> change) {
        try {
            return read(reader, change.apply(Files.readString(file)));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** How many observables of each type (file hashes as {@code file:MD5} ...), sorted by type. */
    Map<String, Long> countsByType() {
        Map<String, Long> counts = new TreeMap<>();
        events.forEach(event -> event.observables().forEach(observable -> counts.merge(key(observable), 1L, Long::sum)));
        return counts;
    }

    private static String key(Observable observable) {
        return observable.hashAlgorithm() == null ? observable.type() : "file:" + observable.hashAlgorithm();
    }

    List<Long> malformedLines() {
        return report.malformed().stream().map(TelemetryReport.Malformed::line).toList();
    }
}
