package org.sipar.platform.pdf;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.pdf.PdfContentByte;
import org.sipar.platform.PdfBlock.KeyValues.Entry;
import org.sipar.platform.pdf.Fonts.Face;
import org.sipar.platform.pdf.LineSetter.Line;

/**
 * The boxed blocks: key–value tables (the key column on the side where reading starts, so mirrored in Urdu) and
 * shaded monospace text, which is always set left to right since it holds vectors and identifiers.
 */
final class Tables {

    private static final float SIZE = 9.5f;
    private static final float MONO = 9f;
    private static final float PAD = 5f;
    private static final float KEY_SHARE = 0.32f;

    private final LineSetter setter;
    private final Pages pages;

    Tables(LineSetter setter, Pages pages) {
        this.setter = setter;
        this.pages = pages;
    }

    void print(List<Entry> entries) {
        for (Entry entry : entries) {
            row(entry);
        }
        pages.down(10f);
    }

    void monospace(String text) {
        List<Line> lines = setter.wrap(text, Face.MONO, MONO, pages.width() - 2 * PAD, false);
        pages.reserve(Leading.of(lines.getFirst(), MONO) + 2 * PAD);
        shade(pages.left(), pages.y() - PAD, pages.width(), PAD, BlockPrinter.SHADE);
        pages.down(PAD);
        for (Line line : lines) {
            float height = Leading.of(line, MONO);
            pages.reserve(height + PAD);
            shade(pages.left(), pages.y() - height, pages.width(), height, BlockPrinter.SHADE);
            pages.line(line, setter, pages.y(), pages.left() + PAD, pages.right() - PAD, MONO, BlockPrinter.INK);
            pages.down(height);
        }
        shade(pages.left(), pages.y() - PAD, pages.width(), PAD, BlockPrinter.SHADE);
        pages.down(PAD + 8f);
    }

    /** A row; one too tall for the rest of the page goes on over the next, its key in the first part. */
    private void row(Entry entry) {
        float keyWidth = pages.width() * KEY_SHARE;
        boolean rtl = pages.rightToLeft();
        List<Line> keys = setter.wrap(entry.key(), Face.BOLD, SIZE, keyWidth - 2 * PAD, rtl);
        List<Line> values = entry.value().isBlank() ? List.of()
                : setter.wrap(entry.value(), Face.REGULAR, SIZE, pages.width() - keyWidth - 2 * PAD, rtl);
        pages.reserve(Math.max(height(keys), height(values.subList(0, Math.min(1, values.size())))) + 2 * PAD);
        int done = 0;
        do {
            int fit = fitting(values, done, pages.y() - Pages.BOTTOM - 2 * PAD);
            rowPart(done == 0 ? keys : List.of(), values.subList(done, fit), keyWidth);
            done = fit;
            if (done < values.size()) {
                pages.newPage();
            }
        } while (done < values.size());
    }

    /** The index after the last value line from {@code from} that fits in {@code room}; at least one line. */
    private static int fitting(List<Line> lines, int from, float room) {
        int end = from;
        float used = 0f;
        while (end < lines.size() && (end == from || used + Leading.of(lines.get(end), SIZE) <= room)) {
            used += Leading.of(lines.get(end), SIZE);
            end++;
        }
        return end;
    }

    private void rowPart(List<Line> keys, List<Line> values, float keyWidth) {
        boolean rtl = pages.rightToLeft();
        float height = Math.max(height(keys), height(values)) + 2 * PAD;
        float top = pages.y();
        float keyFrom = rtl ? pages.right() - keyWidth : pages.left();
        float valueFrom = rtl ? pages.left() : pages.left() + keyWidth;
        shade(keyFrom, top - height, keyWidth, height, BlockPrinter.SHADE);
        column(keys, top - PAD, keyFrom + PAD, keyFrom + keyWidth - PAD, BlockPrinter.ACCENT);
        column(values, top - PAD, valueFrom + PAD, valueFrom + pages.width() - keyWidth - PAD, BlockPrinter.INK);
        border(top, height);
        pages.down(height);
    }

    private void column(List<Line> lines, float top, float from, float to, Color color) {
        float at = top;
        for (Line line : lines) {
            at -= pages.line(line, setter, at, from, to, SIZE, color);
        }
    }

    private static float height(List<Line> lines) {
        return (float) lines.stream().mapToDouble(line -> Leading.of(line, SIZE)).sum();
    }

    private void border(float top, float height) {
        PdfContentByte canvas = pages.canvas();
        canvas.setColorStroke(BlockPrinter.RULE);
        canvas.setLineWidth(0.6f);
        canvas.rectangle(pages.left(), top - height, pages.width(), height);
        canvas.stroke();
    }

    private void shade(float x, float y, float width, float height, Color color) {
        PdfContentByte canvas = pages.canvas();
        canvas.setColorFill(color);
        canvas.rectangle(x, y, width, height);
        canvas.fill();
    }
}
