package org.sipar.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads a page's content stream as PDFBox parses it: the glyph ids shown in a font, the /ActualText spans. */
final class PdfContents {

    private final PDPage page;
    private final List<Object> tokens;

    PdfContents(PDPage page) {
        this.page = page;
        try {
            this.tokens = new PDFStreamParser(page).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glyph ids (two-byte codes of Identity-H) shown in every font whose name ends with {@code font}. */
    List<Integer> glyphs(String font) throws IOException {
        List<Integer> glyphs = new ArrayList<>();
        boolean inFont = false;
        List<COSBase> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (operator.getName()) {
                case "Tf" -> inFont = page.getResources().getFont((COSName) operands.getFirst()).getName()
                        .endsWith(font);
                case "Tj", "TJ" -> {
                    if (inFont) {
                        operands.forEach(operand -> addCodes(operand, glyphs));
                    }
                }
                default -> { }
            }
            operands.clear();
        }
        return glyphs;
    }

    /** The text of every marked-content span's /ActualText, in the order the spans are drawn. */
    List<String> actualTexts() {
        List<String> texts = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            if (operator.getName().equals("BDC") && operands.getLast() instanceof COSDictionary properties) {
                texts.add(properties.getString(COSName.getPDFName("ActualText")));
            }
            operands.clear();
        }
        return texts;
    }

    private static void addCodes(COSBase operand, List<Integer> glyphs) {
        if (operand instanceof COSArray array) {
            array.forEach(element -> addCodes(element, glyphs));
        } else if (operand instanceof COSString string) {
            byte[] bytes = string.getBytes();
            for (int i = 0; i + 1 < bytes.length; i += 2) {
                glyphs.add(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff));
            }
        }
    }
}
