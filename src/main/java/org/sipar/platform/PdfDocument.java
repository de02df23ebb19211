package org.sipar.platform;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A document for {@link Pdfs} to print: what it says, in which language, and for whom, without any layout; the
 * facility decides type sizes, margins and direction (Urdu reads right to left).
 *
 * @param title the title, shown at the top of the first page, in every page's header and in the PDF's metadata
 * @param language {@code en} or {@code ur}: the language of the text, of the header and footer, and the direction
 * @param author who wrote it (the PDF's author), for example the issuing organisation or a person
 * @param marking a handling label repeated on every page, such as {@code TLP:CLEAR}; empty for none
 * @param blocks the content, in reading order
 */
public record PdfDocument(String title, String language, String author, String marking, List<PdfBlock> blocks) {

    /** The languages Sipar prints in. */
    public static final Set<String> LANGUAGES = Set.of("en", "ur");

    public PdfDocument {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A PDF needs a title, and it was '" + title + "'");
        }
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("PDFs are printed in " + LANGUAGES + ", not in '" + language + "'");
        }
        author = Objects.requireNonNullElse(author, "");
        marking = Objects.requireNonNullElse(marking, "");
        blocks = List.copyOf(blocks);
    }

    /** A document without a handling label. */
    public PdfDocument(String title, String language, String author, List<PdfBlock> blocks) {
        this(title, language, author, "", blocks);
    }

    /** Whether the document reads right to left. */
    public boolean rightToLeft() {
        return language.equals("ur");
    }
}
