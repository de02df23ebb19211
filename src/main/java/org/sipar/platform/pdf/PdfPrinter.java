package org.sipar.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.function.IntFunction;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.sipar.platform.PdfBlock;
import org.sipar.platform.PdfDocument;

/**
 * Writes a {@link PdfDocument} as PDF. The document is set twice: the first pass counts the pages, so that the
 * second can print "page n of m" with the text of the footer shaped like the rest (a placeholder filled in at the
 * end would have to be drawn without knowing its width, which right-aligned Urdu needs).
 */
public final class PdfPrinter {

    /** The issuer's name, the footer's "page n of m" for a total, and the time the document is made. */
    public record Frame(String issuer, PageLabels pageLabels, ZonedDateTime created) {
    }

    /** "Page {n} of {total}" in the document's language. */
    public interface PageLabels {
        String label(int page, int total);
    }

    private final LineSetter setter;
    private final Fonts fonts;

    public PdfPrinter(Fonts fonts) {
        this.fonts = fonts;
        this.setter = new LineSetter(fonts);
    }

    public byte[] print(PdfDocument content, Frame frame) {
        int pages = write(content, frame, page -> "").pages();
        return write(content, frame, page -> frame.pageLabels().label(page, pages)).bytes();
    }

    private record Written(byte[] bytes, int pages) {
    }

    private Written write(PdfDocument content, Frame frame, IntFunction<String> pageLabel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(Pages.SIZE);
        document.setGlyphLayoutManager(fonts.layout());
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageFrame pageFrame = new PageFrame(setter, content, frame.issuer(), pageLabel);
        writer.setPageEvent(pageFrame);
        describe(document, writer, content, frame);
        document.open();
        Pages pages = new Pages(document, writer, content.rightToLeft());
        BlockPrinter blocks = new BlockPrinter(setter, pages);
        blocks.title(content.title());
        for (PdfBlock block : content.blocks()) {
            blocks.print(block);
        }
        // OpenPDF stamps its own clock's time unless the dates are set on the info dictionary itself.
        PdfDate created = new PdfDate(GregorianCalendar.from(frame.created()));
        writer.getInfo().put(PdfName.CREATIONDATE, created);
        writer.getInfo().put(PdfName.MODDATE, created);
        document.close();
        return new Written(out.toByteArray(), pageFrame.pages());
    }

    private static void describe(Document document, PdfWriter writer, PdfDocument content, Frame frame) {
        document.addTitle(content.title());
        if (!content.author().isBlank()) {
            document.addAuthor(content.author());
        }
        document.addCreator("Sipar");
        document.addProducer("Sipar");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(content.language()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        if (content.rightToLeft()) {
            writer.addViewerPreference(PdfName.DIRECTION, PdfName.R2L);
        }
    }
}
