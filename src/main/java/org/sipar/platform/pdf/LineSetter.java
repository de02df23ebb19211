package org.sipar.platform.pdf;

import java.awt.Color;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.sipar.platform.pdf.Fonts.Face;

/**
 * Breaks text into lines and draws them. OpenPDF's own paragraphs measure text by the fonts' unshaped widths and
 * reorder right-to-left text before shaping, which breaks Urdu's joining; so Sipar sets lines itself: the Unicode
 * bidi algorithm ({@link Bidi}) splits a line into runs in visual order, each run is split by font (Urdu script in
 * the Urdu font, the rest in the Latin one) and measured as shaped, so right-aligned lines end where they should.
 */
public final class LineSetter {

    private final Fonts fonts;

    public LineSetter(Fonts fonts) {
        this.fonts = fonts;
    }

    /** A piece of one font and direction, already measured. */
    public record Run(String text, BaseFont font, float size, float width, boolean urdu) {
    }

    /** A line: its text in logical order, and its runs from left to right as they are drawn. */
    public record Line(String text, List<Run> runs, float width) {

        /** Whether the line holds Urdu script, which stands taller than Latin text. */
        public boolean urdu() {
            return runs.stream().anyMatch(Run::urdu);
        }
    }

    /** The text as lines no wider than {@code width}: broken at spaces, and inside words too long for a line. */
    public List<Line> wrap(String text, Face face, float size, float width, boolean rightToLeft) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\s*\n\\s*")) {
            String current = "";
            for (String word : paragraph.split("[ \t]+")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && line(candidate, face, size, rightToLeft).width() > width) {
                    lines.add(line(current, face, size, rightToLeft));
                    candidate = word;
                }
                current = breakLongWord(candidate, face, size, width, rightToLeft, lines);
            }
            lines.add(line(current, face, size, rightToLeft));
        }
        return lines;
    }

    /** One line of text, not broken, with its runs in visual order. */
    public Line line(String text, Face face, float size, boolean rightToLeft) {
        if (text.isEmpty()) {
            return new Line(text, List.of(), 0f);
        }
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, count);
        List<Run> runs = new ArrayList<>();
        for (int i : order) {
            boolean runRightToLeft = (bidi.getRunLevel(i) & 1) == 1;
            List<Run> byFont = byFont(text.substring(bidi.getRunStart(i), bidi.getRunLimit(i)), face, size,
                    runRightToLeft);
            if (runRightToLeft) {
                Collections.reverse(byFont);
            }
            runs.addAll(byFont);
        }
        return new Line(text, runs, (float) runs.stream().mapToDouble(Run::width).sum());
    }

    /** Draws the line with its left end at {@code x}. */
    public void draw(PdfContentByte canvas, Line line, float x, float baseline, Color color) {
        canvas.beginText();
        canvas.setColorFill(color);
        float at = x;
        for (Run run : line.runs()) {
            canvas.setFontAndSize(run.font(), run.size());
            canvas.setTextMatrix(at, baseline);
            canvas.showText(run.text());
            at += run.width();
        }
        canvas.endText();
    }

    /** Splits off as many full lines of a word as needed; returns what is left for the current line. */
    private String breakLongWord(String text, Face face, float size, float width, boolean rightToLeft,
                                 List<Line> lines) {
        String rest = text;
        while (rest.length() > 1 && line(rest, face, size, rightToLeft).width() > width) {
            int fits = longestFittingPrefix(rest, face, size, width, rightToLeft);
            lines.add(line(rest.substring(0, fits), face, size, rightToLeft));
            rest = rest.substring(fits);
        }
        return rest;
    }

    private int longestFittingPrefix(String text, Face face, float size, float width, boolean rightToLeft) {
        int low = 1;
        int high = text.length() - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (line(text.substring(0, middle), face, size, rightToLeft).width() <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private List<Run> byFont(String text, Face face, float size, boolean rightToLeft) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            BaseFont font = fontFor(text.codePointAt(start), face, rightToLeft);
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < text.length() && fontFor(text.codePointAt(end), face, rightToLeft) == font) {
                end += Character.charCount(text.codePointAt(end));
            }
            runs.add(run(text.substring(start, end), font, size, face));
            start = end;
        }
        return runs;
    }

    private Run run(String text, BaseFont font, float size, Face face) {
        var glyphs = fonts.shape(font, size, text);
        float width = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
        return new Run(text, font, size, width, font == fonts.urdu(face));
    }

    /** Urdu script in the Urdu font; spaces and marks between Urdu words stay with it; the rest in Latin. */
    private BaseFont fontFor(int codePoint, Face face, boolean rightToLeft) {
        BaseFont urdu = fonts.urdu(face);
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC
                || rightToLeft && urdu.charExists(codePoint)) {
            return urdu;
        }
        BaseFont latin = fonts.latin(face);
        return latin.charExists(codePoint) ? latin : urdu;
    }
}
