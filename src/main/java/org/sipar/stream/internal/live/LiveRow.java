package org.sipar.stream.internal.live;

import java.time.Instant;
import org.sipar.platform.Ui;

/**
 * One change as the live page shows it (template {@code stream/live-row.jte}).
 *
 * @param time when it was made, as the page's language and zone write it
 * @param name the object's name, or null when it has none (or the reader may not see it)
 * @param tlp the version's level, or null for a change that carries no version (withdrawn, deleted)
 */
public record LiveRow(String kind, Instant at, String time, String id, String type, String name, String tlp) {

    /** Whether the row links to the object's page: only a version still held has one. */
    public boolean linked() {
        return tlp != null;
    }

    /** What the row names the object by: its name, else its id. */
    public String title() {
        return name != null ? name : id;
    }

    /** The type's name in the page's language, or the STIX type when it has none. */
    public String typeName(Ui ui) {
        String key = "stix.type." + type;
        String name = ui.t(key);
        return key.equals(name) ? type : name;
    }

    /** The CSS class of the level's badge, as the intel pages name them. */
    public String tlpClass() {
        return tlp == null ? null : "tlp-" + tlp.toLowerCase(java.util.Locale.ROOT).replace('+', '-');
    }
}
