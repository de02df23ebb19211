package org.sipar.platform.pdf;

import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontOptions;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The fonts Sipar prints with, shipped in the jar (src/main/resources/fonts, SIL Open Font License 1.1, see
 * OFL.txt there) so that a PDF looks the same on every host: Noto Sans for Latin text, Noto Mono for identifiers,
 * and Noto Nastaliq Urdu, the style Urdu readers expect and the one Sipar's pages use. All are embedded as subsets.
 *
 * <p>Shaping goes through OpenPDF's {@link GlyphLayoutManager}, which lays glyphs out with the JDK's font layout
 * (HarfBuzz): the font's GSUB gives the joined contextual forms and ligatures, its GPOS the Nastaliq's cascading
 * positions. Each Urdu run is laid out right to left and each Latin run left to right; which run goes where on a
 * line is decided beforehand by {@link LineSetter} with the Unicode bidi algorithm. The manager is per instance,
 * not OpenPDF's static {@code LayoutProcessor}, and writes each run's logical text as {@code /ActualText}.
 */
public final class Fonts {

    /** The kinds of text, each with a Latin and an Urdu font. */
    public enum Face { REGULAR, BOLD, MONO }

    private final GlyphLayoutManager layout = new GlyphLayoutManager().setWriteActualText(true);
    private final Map<Face, BaseFont> latin = new EnumMap<>(Face.class);
    private final Map<Face, BaseFont> urdu = new EnumMap<>(Face.class);

    public Fonts() {
        latin.put(Face.REGULAR, load("NotoSans-Regular.ttf", false));
        latin.put(Face.BOLD, load("NotoSans-Bold.ttf", false));
        latin.put(Face.MONO, load("NotoMono-Regular.ttf", false));
        urdu.put(Face.REGULAR, load("NotoNastaliqUrdu-Regular.ttf", true));
        urdu.put(Face.BOLD, load("NotoNastaliqUrdu-Bold.ttf", true));
        urdu.put(Face.MONO, urdu.get(Face.REGULAR));
    }

    /** The manager a document hands its text to; set it on every document before it opens. */
    public GlyphLayoutManager layout() {
        return layout;
    }

    BaseFont latin(Face face) {
        return latin.get(face);
    }

    BaseFont urdu(Face face) {
        return urdu.get(face);
    }

    /** The glyphs as they will be written: shaped, in visual order, with their positions. */
    public GlyphVector shape(BaseFont font, float size, String text) {
        return layout.computeGlyphVector(font, size, text);
    }

    private BaseFont load(String file, boolean rightToLeft) {
        FontOptions options = new FontOptions();
        options = rightToLeft ? options.setRunDirectionRtl() : options.setRunDirectionLtr();
        try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the jar's fonts/");
            }
            return layout.loadFont(file, in, 10f, options).getBaseFont();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontLoadException e) {
            throw new IllegalStateException("The font " + file + " could not be loaded: " + e.getMessage(), e);
        }
    }
}
