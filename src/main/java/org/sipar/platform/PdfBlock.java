package org.sipar.platform;

import java.util.List;

/** One piece of a {@link PdfDocument}'s content; the facility lays each kind out the same way everywhere. */
public sealed interface PdfBlock {

    /** A section heading; level 1 is the largest, 3 the smallest. */
    record Heading(int level, String text) implements PdfBlock {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading levels run from 1 to 3, not " + level);
            }
            requireText(text);
        }
    }

    /** Running text, wrapped to the page; Latin words inside Urdu keep their own order (bidi). */
    record Paragraph(String text) implements PdfBlock {
        public Paragraph {
            requireText(text);
        }
    }

    /** Facts as a two-column table, the key on the side where reading starts. */
    record KeyValues(List<Entry> entries) implements PdfBlock {
        public KeyValues {
            entries = List.copyOf(entries);
        }

        /** One row of the table. */
        public record Entry(String key, String value) {
            public Entry {
                requireText(key);
                value = value == null ? "" : value;
            }
        }
    }

    /** A bulleted list, one item per entry. */
    record Bullets(List<String> items) implements PdfBlock {
        public Bullets {
            items = List.copyOf(items);
            items.forEach(PdfBlock::requireText);
        }
    }

    /** Text in a fixed-width face, always left to right, broken anywhere: CVSS vectors, identifiers, hashes. */
    record Monospace(String text) implements PdfBlock {
        public Monospace {
            requireText(text);
        }
    }

    /** Starts a new page (nothing happens at the top of an empty page). */
    record PageBreak() implements PdfBlock {
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A PDF block needs text, and it was '" + text + "'");
        }
    }
}
