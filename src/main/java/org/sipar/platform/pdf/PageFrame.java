package org.sipar.platform.pdf;

import java.awt.Color;
import java.util.function.IntFunction;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.sipar.platform.PdfDocument;
import org.sipar.platform.pdf.Fonts.Face;
import org.sipar.platform.pdf.LineSetter.Line;

/**
 * What every page carries: a header with the issuer on the start side and the document's title (and handling
 * label) on the other, ruled off from the text; a footer with "page n of m" in the document's language.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float SIZE = 8.5f;
    private static final float HEADER_RULE = Pages.SIZE.getHeight() - 52f;
    private static final float FOOTER_RULE = 50f;

    private final LineSetter setter;
    private final PdfDocument content;
    private final String issuer;
    private final IntFunction<String> pageLabel;
    private int pages;

    /** {@code pageLabel} turns a page's number into its footer text, "Page 2 of 5". */
    PageFrame(LineSetter setter, PdfDocument content, String issuer, IntFunction<String> pageLabel) {
        this.setter = setter;
        this.content = content;
        this.issuer = issuer;
        this.pageLabel = pageLabel;
    }

    int pages() {
        return pages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        String end = content.marking().isBlank() ? content.title() : content.marking() + "  ·  " + content.title();
        ends(canvas, line(issuer, Face.BOLD, Pages.SIZE.getWidth() / 2), BlockPrinter.ACCENT,
                line(end, Face.REGULAR, Pages.SIZE.getWidth() / 2 - Pages.SIDE * 2), HEADER_RULE + 7f);
        rule(canvas, HEADER_RULE);
        rule(canvas, FOOTER_RULE);
        ends(canvas, line(content.marking(), Face.BOLD, Pages.SIZE.getWidth() / 3), BlockPrinter.MUTED,
                line(pageLabel.apply(pages), Face.REGULAR, Pages.SIZE.getWidth() / 3), FOOTER_RULE - 8f - SIZE);
    }

    /** The first line at the start side, the second at the end side, both on {@code baseline}. */
    private void ends(PdfContentByte canvas, Line start, Color startColor, Line end, float baseline) {
        boolean rtl = content.rightToLeft();
        float left = Pages.SIDE;
        float right = Pages.SIZE.getWidth() - Pages.SIDE;
        setter.draw(canvas, start, rtl ? right - start.width() : left, baseline, startColor);
        setter.draw(canvas, end, rtl ? left : right - end.width(), baseline, BlockPrinter.MUTED);
    }

    /** The text on one line, cut with an ellipsis where it is wider than {@code width}. */
    private Line line(String text, Face face, float width) {
        if (text.isBlank()) {
            return setter.line("", face, SIZE, content.rightToLeft());
        }
        var lines = setter.wrap(text, face, SIZE, width, content.rightToLeft());
        String first = lines.size() == 1 ? text : lines.getFirst().text() + "…";
        return setter.line(first, face, SIZE, content.rightToLeft());
    }

    private void rule(PdfContentByte canvas, float y) {
        canvas.setColorStroke(BlockPrinter.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(Pages.SIDE, y);
        canvas.lineTo(Pages.SIZE.getWidth() - Pages.SIDE, y);
        canvas.stroke();
    }
}
