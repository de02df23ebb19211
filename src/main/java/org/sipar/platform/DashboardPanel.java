package org.sipar.platform;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * A section of the dashboard contributed by a module (as {@link DashboardTile} is a figure): a title, an optional
 * note, and rows of a label, a figure, a link and small tagged counts. Each module registers a bean of type
 * {@link Source}, so the platform shows it without depending on that module; what a row shows is the module's
 * to decide under its own rules (for intelligence, the sharing policy).
 *
 * @param order where it goes among the panels, smallest first
 * @param titleKey the message key of its title
 * @param note a line under the title, or null
 * @param rows its rows, in order
 * @param emptyKey the message key said when there are no rows
 */
public record DashboardPanel(int order, String titleKey, Text note, List<Row> rows, String emptyKey) {

    public DashboardPanel {
        rows = List.copyOf(rows);
    }

    /**
     * A translated text: the message {@code key} with {@code args}, of which numbers and instants are formatted for
     * the page's locale.
     */
    public record Text(String key, List<Object> args) {

        public Text {
            args = List.copyOf(args);
        }

        public static Text of(String key, Object... args) {
            return new Text(key, List.of(args));
        }
    }

    /**
     * One row.
     *
     * @param label what it names: a message key when {@code translated}, else content shown as given (isolated)
     * @param translated whether {@code label} is a message key
     * @param code whether the label is code-like (an id, a type name), shown left to right
     * @param value its figure, or null
     * @param href where it leads, or null
     * @param detail a line under the label (a translated text), or null
     * @param tags small counts beside it, such as one per TLP level
     */
    public record Row(String label, boolean translated, boolean code, Long value, String href, Text detail, List<Tag> tags) {

        public Row {
            tags = List.copyOf(tags);
        }
    }

    /** A small tagged count: its text (content, code-like), a CSS class for its colour, and its figure. */
    public record Tag(String text, String cssClass, long value) {
    }

    /** Provides the panels a viewer may see; called once per dashboard view. */
    @FunctionalInterface
    public interface Source {

        /**
         * The panels for the viewer of the current request ({@code null} when nobody is signed in), who last
         * opened the dashboard at {@code previousVisit} (null on their first visit).
         */
        List<DashboardPanel> panels(Authentication viewer, Instant previousVisit);
    }
}
