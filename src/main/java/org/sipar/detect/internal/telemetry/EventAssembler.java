package org.sipar.detect.internal.telemetry;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the values one line holds at a mapping's paths into an event: each value read as its field's kind (the
 * invalid ones counted), URL halves joined, duplicates dropped, the time parsed. The slots are reused from line to
 * line, so that reading allocates little more than the strings it keeps.
 */
final class EventAssembler {

    private final Mapping mapping;
    private final TelemetryReport report;
    private final TimeParser times;
    private final List<List<String>> values = new ArrayList<>();

    EventAssembler(Mapping mapping, TelemetryReport report) {
        this.mapping = mapping;
        this.report = report;
        this.times = new TimeParser(mapping.timeFormat());
        for (int slot = 0; slot < mapping.slotCount(); slot++) {
            values.add(new ArrayList<>(2));
        }
    }

    Mapping mapping() {
        return mapping;
    }

    void clear() {
        values.forEach(List::clear);
    }

    /** Keeps a value found at a path the mapping wants (a slot from {@link Mapping#slot}); blank values are none. */
    void add(int slot, String value) {
        // An empty value is an absent one in every format (Zeek writes it "(empty)", CSV as nothing between commas).
        if (!value.isBlank()) {
            values.get(slot).add(value);
        }
    }

    /** Ends the line: hands its event to the sink when it has observables, or reports the line malformed for an unreadable time. */
    void finish(long line, Consumer<Event> sink) {
        Instant time;
        try {
            time = time();
        } catch (DateTimeException unreadable) {
            report.malformed(line, unreadable.getMessage());
            return;
        }
        List<Observable> observables = new ArrayList<>(4);
        mapping.fields().forEach(field -> values.get(mapping.slot(field.path())).forEach(value -> read(field.kind(), value, observables)));
        mapping.urls().forEach(url -> joinUrl(url, observables));
        report.parsed(observables.size());
        if (!observables.isEmpty()) {
            sink.accept(new Event(line, time, observables));
        }
    }

    private Instant time() {
        if (mapping.timePath() == null) {
            return null;
        }
        List<String> found = values.get(mapping.slot(mapping.timePath()));
        return found.isEmpty() ? null : times.parse(found.getFirst().strip());
    }

    private void read(FieldKind kind, String value, List<Observable> observables) {
        Observable observable = kind.read(value.strip());
        if (observable == null) {
            if (kind.countsRefusals()) {
                report.invalidValue();
            }
        } else if (!observables.contains(observable)) {
            observables.add(observable);
        }
    }

    /** {@code http://} and the host before a path that starts with {@code /}; a path that is a whole URL already is taken as it is. */
    private void joinUrl(Mapping.UrlParts url, List<Observable> observables) {
        List<String> hosts = values.get(mapping.slot(url.hostPath()));
        List<String> paths = values.get(mapping.slot(url.pathPath()));
        if (paths.isEmpty()) {
            return;
        }
        String path = paths.getFirst().strip();
        if (path.contains("://")) {
            read(FieldKind.URL, path, observables);
        } else if (!hosts.isEmpty() && path.startsWith("/") && Values.host(hosts.getFirst().strip()) != null) {
            read(FieldKind.URL, "http://" + hosts.getFirst().strip() + path, observables);
        } else {
            report.invalidValue();
        }
    }
}
