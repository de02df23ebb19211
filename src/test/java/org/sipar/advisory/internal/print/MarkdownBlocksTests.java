package org.sipar.advisory.internal.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.platform.PdfBlock;

/** An advisory's Markdown printed as plain paragraphs, bullets and fixed-width blocks, no markup left. */
class MarkdownBlocksTests {

    @Test
    void paragraphsListsAndCodeBecomeTheirBlocks() {
        List<PdfBlock> blocks = MarkdownBlocks.of("""
                # Upgrade *now*

                The **gateway** is
                affected: see [the vendor](https://vendor.example/1).

                - first `step`
                - second step
                  - nested

                ---

                ```
                config off
                ```
                <script>alert(1)</script>
                """);
        assertThat(blocks).containsExactly(new PdfBlock.Paragraph("Upgrade now"),
                new PdfBlock.Paragraph("The gateway is affected: see \"the vendor\" (https://vendor.example/1)."),
                new PdfBlock.Bullets(List.of("first \"step\"", "second step - nested")),
                new PdfBlock.Monospace("config off"),
                new PdfBlock.Paragraph("<script>alert(1)</script>"));
    }

    @Test
    void nothingWrittenIsNoBlocks() {
        assertThat(MarkdownBlocks.of("  \n")).isEmpty();
        assertThat(MarkdownBlocks.of(null)).isEmpty();
    }
}
