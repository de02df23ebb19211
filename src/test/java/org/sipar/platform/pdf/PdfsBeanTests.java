package org.sipar.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sipar.platform.PdfBlock;
import org.sipar.platform.PdfDocument;
import org.sipar.platform.Pdfs;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;

/** The bean as modules get it: the issuer from the settings, the footer from the translations. */
@DemoPlatform
class PdfsBeanTests {

    @Autowired
    Pdfs pdfs;

    @Test
    void withoutAnIssuerSetThePagesNameTheFirstOrganisation() throws Exception {
        byte[] bytes = pdfs.render(new PdfDocument("Weekly summary", "en", "",
                List.of(new PdfBlock.Paragraph("Nothing to report."))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("National CERT", "Page 1 of 1");
        }
    }

    @Test
    void anUrduFooterIsTheUrduTranslation() throws Exception {
        byte[] bytes = pdfs.render(new PdfDocument("ہفتہ وار خلاصہ", "ur", "",
                List.of(new PdfBlock.Paragraph(PdfSamples.PAKISTAN))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PdfContents(pdf.getPage(0)).actualTexts()).contains("صفحہ ", " از ");
        }
    }
}
