package org.sipar.detect.internal.telemetry;

import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One JSON object on one line, walked with Jackson's streaming parser: only the values at the mapping's paths
 * are kept, and a subtree that leads to none of them is skipped unread, which is what makes a wide event cheap.
 * Keys that hold dots themselves (Zeek's {@code id.orig_h}) and nested objects name the same path.
 */
final class JsonLine {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final EventAssembler assembler;
    private final TelemetryReport report;

    JsonLine(Mapping mapping, TelemetryReport report) {
        this.assembler = new EventAssembler(mapping, report);
        this.report = report;
    }

    void read(LineReader line, Consumer<Event> sink) {
        assembler.clear();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line.buffer(), line.start(), line.length())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                report.malformed(line.number(), "not a JSON object");
                return;
            }
            object(parser, "");
            if (parser.nextToken() != null) {
                report.malformed(line.number(), "more than one JSON value on the line");
                return;
            }
        } catch (JacksonException broken) {
            report.malformed(line.number(), "broken JSON: " + broken.getOriginalMessage());
            return;
        }
        assembler.finish(line.number(), sink);
    }

    private void object(JsonParser parser, String prefix) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            value(parser, parser.nextToken(), path);
        }
    }

    private void value(JsonParser parser, JsonToken token, String path) {
        switch (token) {
            case START_OBJECT -> {
                if (assembler.mapping().leadsToField(path)) {
                    object(parser, path);
                } else {
                    parser.skipChildren();
                }
            }
            case START_ARRAY -> array(parser, path);
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                int slot = assembler.mapping().slot(path);
                if (slot >= 0) {
                    assembler.add(slot, parser.getString());
                }
            }
            default -> {
                // null: no value
            }
        }
    }

    private void array(JsonParser parser, String path) {
        if (assembler.mapping().slot(path) < 0 && !assembler.mapping().leadsToField(path)) {
            parser.skipChildren();
            return;
        }
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            value(parser, token, path);
        }
    }
}
