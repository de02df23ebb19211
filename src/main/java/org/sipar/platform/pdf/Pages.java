package org.sipar.platform.pdf;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.sipar.platform.pdf.LineSetter.Line;

/**
 * The pages being written and where the next line goes: A4 with 20 mm side margins, room above and below the
 * type area for the header and footer, and a new page whenever the next piece does not fit. In a right-to-left
 * document "start" is the right edge.
 */
final class Pages {

    static final Rectangle SIZE = PageSize.A4;
    static final float SIDE = 56.7f;
    static final float TOP = 78f;
    static final float BOTTOM = 72f;

    private final Document document;
    private final PdfWriter writer;
    private final boolean rightToLeft;
    private float y;

    Pages(Document document, PdfWriter writer, boolean rightToLeft) {
        this.document = document;
        this.writer = writer;
        this.rightToLeft = rightToLeft;
        this.y = top();
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    float left() {
        return SIDE;
    }

    float right() {
        return SIZE.getWidth() - SIDE;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    /** Moves down; at the foot of the page the next piece starts on a new page instead. */
    void down(float height) {
        y = Math.max(y - height, BOTTOM);
    }

    /** Makes room for {@code height}, starting a new page when this one has too little left. */
    void reserve(float height) {
        if (y - height < BOTTOM && y < top()) {
            newPage();
        }
    }

    void newPage() {
        if (y < top()) {
            document.newPage();
            y = top();
        }
    }

    /** Draws lines from the start side of the span {@code from}..{@code to}, moving down by each line's height. */
    void lines(List<Line> lines, LineSetter setter, float from, float to, float size, Color color) {
        for (Line line : lines) {
            float height = Leading.of(line, size);
            reserve(height);
            line(line, setter, y, from, to, size, color);
            y -= height;
        }
    }

    /** Draws one line whose top is at {@code top}, from the start side of the span; returns its height. */
    float line(Line line, LineSetter setter, float top, float from, float to, float size, Color color) {
        float x = rightToLeft ? to - line.width() : from;
        setter.draw(canvas(), line, x, top - Leading.baseline(line, size), color);
        return Leading.of(line, size);
    }

    private static float top() {
        return SIZE.getHeight() - TOP;
    }
}
