package org.sipar.advisory.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sipar.platform.InputRejected;

/** The image check by bytes alone: GIF kept as uploaded, WebP sized from its header, the rest refused. */
class ImageCheckTest {

    @Test
    void aGifIsKeptAsUploadedAndSized() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(7, 5, BufferedImage.TYPE_BYTE_INDEXED), "gif", out);
        CheckedImage gif = ImageCheck.of("a.gif", out.toByteArray());
        assertThat(gif.kind()).isEqualTo(ImageKind.GIF);
        assertThat(gif.bytes()).isEqualTo(out.toByteArray());
        assertThat(new int[] {gif.width(), gif.height()}).containsExactly(7, 5);
    }

    @Test
    void anExtendedWebpIsSizedFromItsHeaderAndAHugeOneRefused() {
        CheckedImage webp = ImageCheck.of("a.webp", webpX(640, 480));
        assertThat(webp.kind().contentType).isEqualTo("image/webp");
        assertThat(new int[] {webp.width(), webp.height()}).containsExactly(640, 480);
        assertThatThrownBy(() -> ImageCheck.of("b.webp", webpX(10_000, 10))).isInstanceOf(InputRejected.class)
                .hasMessageContaining("10000×10 pixels");
    }

    @Test
    void htmlAnEmptyFileAndATruncatedPngAreRefused() {
        assertThatThrownBy(() -> ImageCheck.of("x.gif", "<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("is not a PNG, JPEG, GIF or WebP image");
        assertThatThrownBy(() -> ImageCheck.of("empty.png", new byte[0])).isInstanceOf(InputRejected.class);
        byte[] truncated = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertThatThrownBy(() -> ImageCheck.of("cut.png", truncated)).isInstanceOf(InputRejected.class)
                .hasMessageContaining("cannot be read");
    }

    /** A VP8X WebP header of {@code width} × {@code height} (RFC 9649 2.7: sizes minus one, 24 bits little-endian). */
    private static byte[] webpX(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }
}
