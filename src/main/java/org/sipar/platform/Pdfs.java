package org.sipar.platform;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.sipar.platform.pdf.Fonts;
import org.sipar.platform.pdf.PdfPrinter;
import org.sipar.platform.pdf.PdfSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one PDF facility: prints a {@link PdfDocument} (advisories now; certificates and case reports later) as
 * A4 pages with the issuer in the header and "page n of m" in the footer, in English or Urdu.
 *
 * <p>Built on OpenPDF (LGPL 2.1 / MPL 2.0, a maintained successor of iText 4): it embeds TrueType subsets and,
 * through its {@code GlyphLayoutManager}, writes the glyphs the JDK's OpenType layout (HarfBuzz) chooses, so
 * Urdu comes out joined, with the contextual forms and ligatures of Noto Nastaliq Urdu, not as isolated
 * letters; Apache PDFBox has no OpenType shaping and iText 7's shaping is commercial. Sipar sets the lines
 * itself (bidi order, alignment, wrapping by shaped width), because OpenPDF's paragraphs measure unshaped text.
 * The fonts ship in the jar (Noto, SIL Open Font License), so a PDF does not depend on the host's fonts. Each
 * PDF states its title, language ({@code /Lang}), author, and Sipar as its producer, and reads back as its
 * logical text through {@code /ActualText} and the fonts' {@code ToUnicode} maps.
 */
@Component
public final class Pdfs {

    private final MessageSource messages;
    private final Clock clock;
    private final String issuer;
    private volatile PdfPrinter printer;

    public Pdfs(MessageSource messages, Clock clock, SiparSettings settings, PdfSettings pdf) {
        this.messages = messages;
        this.clock = clock;
        this.issuer = pdf.issuer() == null || pdf.issuer().isBlank() ? settings.bootstrap().organisation()
                : pdf.issuer().strip();
    }

    /** The document as the bytes of a PDF file. */
    public byte[] render(PdfDocument document) {
        Locale locale = Locale.forLanguageTag(document.language());
        PdfPrinter.Frame frame = new PdfPrinter.Frame(issuer,
                (page, total) -> messages.getMessage("pdf.page", new Object[] {page, total}, locale),
                ZonedDateTime.now(clock));
        return printer().print(document, frame);
    }

    /** The fonts are read on first use, not at every start of Sipar. */
    private PdfPrinter printer() {
        PdfPrinter current = printer;
        if (current == null) {
            synchronized (this) {
                if (printer == null) {
                    printer = new PdfPrinter(new Fonts());
                }
                current = printer;
            }
        }
        return current;
    }
}
