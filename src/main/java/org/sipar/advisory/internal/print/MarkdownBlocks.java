package org.sipar.advisory.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.sipar.platform.PdfBlock;

/**
 * An advisory's Markdown as PDF blocks: each paragraph, heading or quotation as running text, each list as bullets,
 * each code block in the fixed-width face. A PDF shows no links or emphasis, so the text is what commonmark's text
 * content renderer gives (a link keeps its words and shows its address after them); raw HTML stays literal text.
 */
final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownBlocks() {
    }

    static List<PdfBlock> of(String markdown) {
        List<PdfBlock> blocks = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return blocks;
        }
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            block(node).ifPresent(blocks::add);
        }
        return blocks;
    }

    private static Optional<PdfBlock> block(Node node) {
        if (node instanceof ThematicBreak) {
            return Optional.empty();
        }
        if (node instanceof FencedCodeBlock code) {
            return monospace(code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return monospace(code.getLiteral());
        }
        if (node instanceof ListBlock list) {
            List<String> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String text = itemText(item);
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            return items.isEmpty() ? Optional.empty() : Optional.of(new PdfBlock.Bullets(items));
        }
        String text = flat(node);
        return text.isEmpty() ? Optional.empty() : Optional.of(new PdfBlock.Paragraph(text));
    }

    /** A list item's text: its blocks' (the renderer prints an item only inside its list, with the list's marker). */
    private static String itemText(Node item) {
        StringBuilder text = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            text.append(' ').append(flat(child));
        }
        return text.toString().strip();
    }

    /** The node's text on one line: a paragraph's soft line breaks are only where the writer's editor wrapped it. */
    private static String flat(Node node) {
        return TEXT.render(node).replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static Optional<PdfBlock> monospace(String literal) {
        String text = literal == null ? "" : literal.stripTrailing();
        return text.isBlank() ? Optional.empty() : Optional.of(new PdfBlock.Monospace(text));
    }
}
