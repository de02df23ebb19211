package org.sipar.stream.internal.live;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.sipar.intel.Change;
import org.sipar.intel.StoredObject;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Server-Sent Events frames of the streams: {@code id:} the change's position, {@code event:} its kind, one
 * {@code data:} line. The API's data is a JSON object; the live page's is a table row ({@link RowFrames}). A frame
 * is the same for every subscriber that reads as the same reader, so the dispatcher makes it once per group.
 */
@Component
class Frames {

    /** A comment line: keeps proxies from closing an idle stream and finds clients that went away. */
    static final String HEARTBEAT = ": heartbeat\n\n";

    /** The first line of every stream: a comment, and how long a browser waits before it reconnects. */
    static final String OPENED = ": open\nretry: 2000\n\n";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final RowFrames rows;

    Frames(RowFrames rows) {
        this.rows = rows;
    }

    /** What a subscriber is sent: JSON for the API, or rows for the live page in its language and time zone. */
    sealed interface Format {
        record Json() implements Format { }
        record Rows(Locale locale, ZoneId zone) implements Format { }
    }

    static final Format JSON_FORMAT = new Format.Json();

    String frame(Change change, Format format) {
        return switch (format) {
            case Format.Json json -> frame(change.position(), change.kind(), data(change));
            case Format.Rows page -> frame(change.position(), "row", rows.row(change, page.locale(), page.zone()));
        };
    }

    /** The last frame of a stream that fell behind: the client resumes after {@code last}, the last id it was sent. */
    static String lagging(long last) {
        return frame(last, "lagging", "{\"kind\":\"lagging\",\"last\":" + last + "}");
    }

    private static String frame(long id, String event, String data) {
        return "id: " + id + "\nevent: " + event + "\ndata: " + data + "\n\n";
    }

    private static String data(Change change) {
        StringBuilder data = new StringBuilder(256).append("{\"kind\":\"").append(change.kind()).append("\",\"position\":")
                .append(change.position()).append(",\"id\":").append(text(change.id()));
        switch (change) {
            case Change.Added added -> object(data, added.version());
            case Change.VersionWithdrawn w -> gone(data, w.type(), w.modified(), w.withdrawnAt());
            case Change.VersionDeleted d -> gone(data, d.type(), d.modified(), d.deletedAt());
        }
        return data.append('}').toString();
    }

    private static void object(StringBuilder data, StoredObject v) {
        gone(data, v.type(), v.modified(), v.dateAdded());
        // Raw line breaks in valid JSON are whitespace (inside strings they must be escaped), so the stored text
        // goes on the one data line as it is, without parsing it again.
        data.append(",\"tlp\":").append(text(v.tlp().label())).append(",\"object\":")
                .append(v.json().replace('\n', ' ').replace('\r', ' '));
    }

    private static void gone(StringBuilder data, String type, String modified, Instant at) {
        data.append(",\"type\":").append(text(type)).append(",\"modified\":").append(text(modified))
                .append(",\"at\":").append(text(at.toString()));
    }

    private static String text(String value) {
        return value == null ? "null" : JSON.writeValueAsString(value);
    }
}
