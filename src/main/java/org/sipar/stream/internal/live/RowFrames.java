package org.sipar.stream.internal.live;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
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

    String row(Change change, Locale locale, ZoneId zone) {
        Ui ui = new Ui(messages, locale, "/stream", null, null, java.util.List.of(), zone);
        StringOutput out = new StringOutput();
        templates.render("stream/live-row.jte", Map.of("ui", ui, "row", of(change, TIME.withLocale(timeLocale(locale)).withZone(zone))), out);
        // One data line: in HTML a line break between or inside elements reads as a space.
        return out.toString().replace('\n', ' ').replace('\r', ' ');
    }

    /** A 24-hour clock in English as on the other pages (they write dates the British way), else the language's own. */
    private static Locale timeLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }

    static LiveRow of(Change change, DateTimeFormatter time) {
        return switch (change) {
            case Change.Added added -> new LiveRow(change.kind(), added.version().dateAdded(),
                    time.format(added.version().dateAdded()), change.id(), added.version().type(),
                    name(added.version().content()), added.version().tlp().label());
            case Change.VersionWithdrawn w -> new LiveRow("withdrawn", w.withdrawnAt(), time.format(w.withdrawnAt()), w.id(),
                    w.type(), null, null);
            case Change.VersionDeleted d -> new LiveRow("deleted", d.deletedAt(), time.format(d.deletedAt()), d.id(),
                    d.type(), null, null);
        };
    }

    private static String name(JsonNode object) {
        JsonNode name = object.path("name");
        return name.isString() ? name.asString() : null;
    }
}
