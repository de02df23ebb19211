package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;

/**
 * Uploaded images: only PNG, JPEG, GIF and WebP by their bytes (a text file or an SVG named {@code .png} is
 * refused), their metadata stripped, served with their type, {@code nosniff} and a year's cache; only writers upload.
 */
@DemoPlatform
class MediaUploadTests extends ArticleFixture {

    private static final Pattern URL = Pattern.compile("\"url\":\"(/advisories/media/[0-9a-f-]{36})\"");

    @Test
    void aTextFileOrAnSvgNamedPngIsRefused() {
        Http writer = writer();
        HttpResponse<String> text = writer.upload("/awareness/workroom/media", "file", "photo.png",
                "just some text, not an image".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("is not a PNG, JPEG, GIF or WebP image");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThat(writer.upload("/awareness/workroom/media", "file", "logo.png", svg).statusCode()).isEqualTo(400);
    }

    @Test
    void aPngIsServedAsAPngThatBrowsersDoNotSniffAndCacheForAYear() throws IOException {
        HttpResponse<String> uploaded = writer().upload("/awareness/workroom/media", "file", "chart.txt", png(40, 30));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        Matcher url = URL.matcher(uploaded.body());
        assertThat(url.find()).isTrue();
        HttpResponse<String> served = anonymous().get(url.group(1));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
    }

    @Test
    void aJpegLosesItsMetadata() throws IOException {
        byte[] jpeg = withExif(jpeg(20, 20), "GPS-POSITION-OF-THE-PHOTOGRAPHER");
        HttpResponse<String> uploaded = writer().upload("/awareness/workroom/media", "file", "holiday.jpg", jpeg);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        Matcher url = URL.matcher(uploaded.body());
        assertThat(url.find()).isTrue();
        HttpResponse<String> served = anonymous().get(url.group(1));
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.body()).doesNotContain("GPS-POSITION-OF-THE-PHOTOGRAPHER");
    }

    @Test
    void aPictureClaimingToBeHugeIsRefusedUnread() throws IOException {
        byte[] png = png(1, 1);
        java.nio.ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        HttpResponse<String> refused = writer().upload("/awareness/workroom/media", "file", "bomb.png", png);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("100000×100000 pixels");
    }

    @Test
    void anArticleShowsItsHeroImage() throws IOException {
        Matcher url = URL.matcher(writer().upload("/awareness/workroom/media", "file", "hero.png", png(64, 32)).body());
        assertThat(url.find()).isTrue();
        String title = uniqueTitle("Hero pictures");
        java.util.Map<String, String> fields = new java.util.HashMap<>(article(title, "تصویر", "CITIZENS"));
        fields.put("heroImage", url.group(1).substring("/advisories/media/".length()));
        publishedArticle(fields);
        assertThat(anonymous().get("/awareness/" + slug(title)).body()).contains("<img src=\"" + url.group(1) + "\"");
    }

    @Test
    void onlyWritersUpload() throws IOException {
        Http member = as("member@bank.demo");
        member.get("/awareness");
        assertThat(member.upload("/awareness/workroom/media", "file", "a.png", png(2, 2)).statusCode()).isEqualTo(403);
        assertThat(anonymous().upload("/awareness/workroom/media", "file", "a.png", png(2, 2)).statusCode()).isIn(302, 403);
    }

    @Test
    void anUnknownImageIsNotFound() {
        assertThat(anonymous().page("/advisories/media/00000000-0000-0000-0000-00000000abcd").statusCode()).isEqualTo(404);
    }

    private Http writer() {
        Http writer = as(AUTHOR);
        writer.get("/awareness/workroom/new");
        return writer;
    }

    static byte[] png(int width, int height) throws IOException {
        return encoded(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return encoded(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 (EXIF) segment right after its start marker, holding {@code text}. */
    private static byte[] withExif(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
