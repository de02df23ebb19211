package org.sipar.stream.internal.live;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.sipar.intel.Change;
import org.sipar.platform.Ui;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The live page's rows, rendered (and escaped) by the template {@code stream/live-row.jte}. */
@Component
class RowFrames {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM);

    private final TemplateEngine templates;
    private final MessageSource messages;

    RowFrames(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /**
     * One change as the page shows it.
     *
     * @param name the object's name, or null when it has none (or the reader may not see it); null tlp for a change
     *             that carries no version (withdrawn, deleted)
     */
    public record Row(String kind, Instant at, String id, String type, String name, String tlp) {

        /** Whether the row links to the object's page: only a version still held has one. */
        public boolean linked() {
            return tlp != null;
        }
    }

    String row(Change change, Locale locale, ZoneId zone) {
        Ui ui = new Ui(messages, locale, "/stream", null, null, java.util.List.of(), zone);
        StringOutput out = new StringOutput();
        String time = TIME.withLocale(locale).withZone(zone).format(of(change).at());
        templates.render("stream/live-row.jte", Map.of("ui", ui, "row", of(change), "time", time), out);
        // One data line: in HTML a line break between or inside elements reads as a space.
        return out.toString().replace('\n', ' ').replace('\r', ' ');
    }

    static Row of(Change change) {
        return switch (change) {
            case Change.Added added -> new Row(Frames.kind(change), added.version().dateAdded(), change.id(),
                    added.version().type(), name(added.version().content()), added.version().tlp().label());
            case Change.VersionWithdrawn w -> new Row("withdrawn", w.withdrawnAt(), w.id(), w.type(), null, null);
            case Change.VersionDeleted d -> new Row("deleted", d.deletedAt(), d.id(), d.type(), null, null);
        };
    }

    private static String name(JsonNode object) {
        JsonNode name = object.path("name");
        return name.isString() ? name.asString() : null;
    }
}
