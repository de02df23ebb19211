package org.sipar.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sipar.platform.PdfBlock;
import org.sipar.platform.PdfDocument;

/**
 * The PDFs as a reader gets them: text, metadata, embedded fonts, Urdu shaped by the font's own rules, and a
 * first page rendered to target/pdf-samples/ for a person to look at.
 */
class PdfsTests {

    static final Path SAMPLES = Path.of("target/pdf-samples");
    static byte[] english;
    static byte[] urdu;

    @BeforeAll
    static void render() throws Exception {
        var pdfs = PdfSamples.pdfs();
        english = pdfs.render(PdfSamples.english());
        urdu = pdfs.render(PdfSamples.urdu());
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("advisory-en.pdf"), english);
        Files.write(SAMPLES.resolve("advisory-ur.pdf"), urdu);
    }

    @Test
    void anEnglishPdfReadsBackWithItsTextHeaderAndPageNumbers() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(english)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(text).contains("Critical vulnerability in Example Gateway firmware",
                    "PKCERT — National CERT of Pakistan", "TLP:CLEAR", "PKCERT-2026-0042", PdfSamples.CVE,
                    PdfSamples.VECTOR, "Block the management port (TCP 8443) at the perimeter.",
                    "Page 1 of 2", "Page 2 of 2");
            assertThat(text).contains("apply the vendor's fix today and keep the interface");
        }
    }

    @Test
    void aRowTallerThanThePageGoesOnOverTheNextAndALongTokenIsBrokenNotCut() throws Exception {
        String value = "affected ".repeat(900) + "last-word";
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".repeat(4);
        byte[] bytes = PdfSamples.pdfs().render(new PdfDocument("Long", "en", "", List.of(
                new PdfBlock.KeyValues(List.of(new PdfBlock.KeyValues.Entry("Products", value))),
                new PdfBlock.Monospace(hash))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("last-word", "Page 1 of " + pdf.getNumberOfPages());
            assertThat(text.replaceAll("\\s+", "")).contains(hash);
            assertThat(text.lines().filter(line -> line.strip().matches("[0-9a-f]{20,}"))).hasSizeGreaterThan(1);
        }
    }

    @Test
    void metadataNamesTitleLanguageAndSiparAsProducer() throws Exception {
        try (PDDocument en = Loader.loadPDF(english); PDDocument ur = Loader.loadPDF(urdu)) {
            assertThat(en.getDocumentInformation().getTitle()).isEqualTo(PdfSamples.english().title());
            assertThat(en.getDocumentInformation().getProducer()).isEqualTo("Sipar");
            assertThat(en.getDocumentInformation().getAuthor()).isEqualTo("National CERT");
            assertThat(en.getDocumentInformation().getCreationDate().toInstant()).hasToString("2026-12-04T09:30:00Z");
            assertThat(en.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(ur.getDocumentCatalog().getLanguage()).isEqualTo("ur");
            assertThat(ur.getDocumentInformation().getTitle()).isEqualTo(PdfSamples.urdu().title());
            assertThat(ur.getDocumentCatalog().getViewerPreferences().getReadingDirection()).isEqualTo("R2L");
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubset() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(urdu)) {
            var resources = pdf.getPage(0).getResources();
            List<PDFont> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("+NotoNastaliqUrdu-Regular"))
                    .anyMatch(name -> name.endsWith("+NotoSans-Regular"))
                    .allMatch(name -> name.matches("[A-Z]{6}\\+.*"));
            assertThat(fonts).allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void urduIsWrittenInTheContextualFormsTheFontsLayoutGives() throws Exception {
        Font nastaliq;
        try (InputStream in = PdfsTests.class.getResourceAsStream("/fonts/NotoNastaliqUrdu-Regular.ttf")) {
            nastaliq = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10.5f);
        }
        FontRenderContext context = new FontRenderContext(null, false, true);
        char[] word = PdfSamples.PAKISTAN.toCharArray();
        List<Integer> shaped = codes(nastaliq.layoutGlyphVector(context, word, 0, word.length,
                Font.LAYOUT_RIGHT_TO_LEFT));
        List<Integer> isolated = codes(nastaliq.createGlyphVector(context, PdfSamples.PAKISTAN));
        try (PDDocument pdf = Loader.loadPDF(urdu)) {
            List<Integer> written = new PdfContents(pdf.getPage(0)).glyphs("+NotoNastaliqUrdu-Regular");
            assertThat(shaped).isNotEqualTo(isolated).doesNotContainAnyElementsOf(isolated.subList(1, 3));
            assertThat(Collections.indexOfSubList(written, shaped)).as("the shaped word among the written glyphs")
                    .isNotNegative();
            assertThat(Collections.indexOfSubList(written, isolated)).isNegative();
        }
    }

    @Test
    void urduTextReadsBackInLogicalOrderThroughActualText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(urdu)) {
            List<String> spans = new PdfContents(pdf.getPage(0)).actualTexts();
            assertThat(spans).contains(PdfSamples.PAKISTAN, PdfSamples.CVE, "صفحہ ");
            // The ToUnicode map gives extraction the logical Urdu too; PDFBox orders mixed lines by its own rules.
            assertThat(new PDFTextStripper().getText(pdf)).contains(PdfSamples.CVE, "PKCERT-2026-0042",
                    PdfSamples.PAKISTAN, "انتظامی انٹرفیس کو انٹرنیٹ سے دور رکھیں");
        }
    }

    @Test
    void latinInsideAnUrduSentenceKeepsItsOrderBetweenTheUrduRuns() {
        var setter = new LineSetter(new Fonts());
        var line = setter.line(PdfSamples.MIXED, Fonts.Face.REGULAR, 10.5f, true);
        List<String> runs = line.runs().stream().map(LineSetter.Run::text).toList();
        // Drawn from the left: the end of the sentence, the identifier as it is written, then its start.
        assertThat(runs.getFirst()).contains("جاری کیا ہے");
        assertThat(runs).contains(PdfSamples.CVE);
        assertThat(runs.getLast()).contains("سپر نے");
        assertThat(runs.indexOf(PdfSamples.CVE)).isBetween(1, runs.size() - 2);
    }

    @Test
    void pagesRenderWithEnglishFromTheLeftMarginAndUrduToTheRightMargin() throws Exception {
        BufferedImage en = page(english, "advisory-en.png");
        BufferedImage ur = page(urdu, "advisory-ur.png");
        float scale = 100f / 72f;
        int left = Math.round(Pages.SIDE * scale);
        int right = Math.round((Pages.SIZE.getWidth() - Pages.SIDE) * scale);
        int[] titleBand = {Math.round(Pages.TOP * scale), Math.round((Pages.TOP + 30f) * scale)};
        assertThat(inkColumns(en, titleBand).min().orElseThrow()).isBetween(left - 2, left + 4);
        assertThat(inkColumns(en, titleBand).max().orElseThrow()).isLessThan(right);
        assertThat(inkColumns(ur, titleBand).max().orElseThrow()).isBetween(right - 8, right + 4);
        assertThat(inkColumns(ur, titleBand).min().orElseThrow()).isGreaterThan(left + 40);
    }

    private static BufferedImage page(byte[] bytes, String file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            ImageIO.write(image, "png", SAMPLES.resolve(file).toFile());
            return image;
        }
    }

    /** The x of every dark pixel between the rows of the band. */
    private static IntStream inkColumns(BufferedImage image, int[] band) {
        return IntStream.range(band[0], band[1]).flatMap(y -> IntStream.range(0, image.getWidth())
                .filter(x -> (image.getRGB(x, y) & 0xff) < 128));
    }

    private static List<Integer> codes(GlyphVector glyphs) {
        return IntStream.of(glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null)).boxed().toList();
    }
}
