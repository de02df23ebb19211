package org.sipar.platform.pdf;

import java.awt.Color;
import java.util.List;
import org.sipar.platform.PdfBlock;
import org.sipar.platform.pdf.Fonts.Face;
import org.sipar.platform.pdf.LineSetter.Line;

/** Lays out each kind of block the same way in every document: type sizes, spacing, rules and shading. */
final class BlockPrinter {

    static final Color INK = new Color(0x1c, 0x1f, 0x24);
    static final Color ACCENT = new Color(0x0b, 0x3d, 0x6b);
    static final Color MUTED = new Color(0x5a, 0x63, 0x6e);
    static final Color RULE = new Color(0xc4, 0xcb, 0xd3);
    static final Color SHADE = new Color(0xf1, 0xf4, 0xf8);
    private static final float[] HEADING_SIZES = {15f, 12.5f, 11f};
    private static final float BODY = 10.5f;

    private final LineSetter setter;
    private final Pages pages;
    private final Tables tables;

    BlockPrinter(LineSetter setter, Pages pages) {
        this.setter = setter;
        this.pages = pages;
        this.tables = new Tables(setter, pages);
    }

    /** The document's title at the top of the first page, with a rule under it. */
    void title(String title) {
        pages.lines(wrap(title, Face.BOLD, 19f, pages.width()), setter, pages.left(), pages.right(), 19f, ACCENT);
        pages.down(4f);
        rule(pages.y(), 1.2f, ACCENT);
        pages.down(16f);
    }

    void print(PdfBlock block) {
        switch (block) {
            case PdfBlock.Heading heading -> heading(heading);
            case PdfBlock.Paragraph paragraph -> text(paragraph.text(), Face.REGULAR, BODY, INK, 8f);
            case PdfBlock.KeyValues table -> tables.print(table.entries());
            case PdfBlock.Bullets bullets -> bullets(bullets.items());
            case PdfBlock.Monospace code -> tables.monospace(code.text());
            case PdfBlock.PageBreak ignored -> pages.newPage();
        }
    }

    private void heading(PdfBlock.Heading heading) {
        float size = HEADING_SIZES[heading.level() - 1];
        List<Line> lines = wrap(heading.text(), Face.BOLD, size, pages.width());
        pages.down(size * 0.6f);
        // A heading never ends a page: it keeps at least one line of what follows with it.
        pages.reserve(Leading.of(lines.getFirst(), size) * lines.size() + BODY * 3f);
        pages.lines(lines, setter, pages.left(), pages.right(), size, ACCENT);
        pages.down(3f);
    }

    private void text(String text, Face face, float size, Color color, float after) {
        pages.lines(wrap(text, face, size, pages.width()), setter, pages.left(), pages.right(), size, color);
        pages.down(after);
    }

    private void bullets(List<String> items) {
        items.forEach(this::bullet);
        pages.down(6f);
    }

    private void bullet(String item) {
        float indent = 16f;
        boolean rtl = pages.rightToLeft();
        List<Line> lines = wrap(item, Face.REGULAR, BODY, pages.width() - indent);
        pages.reserve(Leading.of(lines.getFirst(), BODY));
        Line mark = setter.line("•", Face.BOLD, BODY, false);
        float markX = rtl ? pages.right() - indent / 2 - mark.width() / 2 : pages.left() + indent / 2 - mark.width() / 2;
        setter.draw(pages.canvas(), mark, markX, pages.y() - Leading.baseline(lines.getFirst(), BODY), ACCENT);
        float from = rtl ? pages.left() : pages.left() + indent;
        float to = rtl ? pages.right() - indent : pages.right();
        pages.lines(lines, setter, from, to, BODY, INK);
        pages.down(2f);
    }

    private List<Line> wrap(String text, Face face, float size, float width) {
        return setter.wrap(text, face, size, width, pages.rightToLeft());
    }

    void rule(float y, float thickness, Color color) {
        var canvas = pages.canvas();
        canvas.setColorStroke(color);
        canvas.setLineWidth(thickness);
        canvas.moveTo(pages.left(), y);
        canvas.lineTo(pages.right(), y);
        canvas.stroke();
    }
}
