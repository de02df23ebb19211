package org.sipar.advisory.internal.media;

import java.util.Optional;

/**
 * The width and height a WebP file's header states (javax.imageio reads no WebP): of its first chunk, lossy
 * {@code VP8 }, lossless {@code VP8L} or extended {@code VP8X}, as RFC 9649 lays them out.
 */
final class WebpSize {

    private WebpSize() {
    }

    static Optional<int[]> of(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> (b[23] & 0xff) == 0x9d && (b[24] & 0xff) == 0x01 && (b[25] & 0xff) == 0x2a
                    ? Optional.of(new int[] {le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff}) : Optional.empty();
            case "VP8L" -> (b[20] & 0xff) == 0x2f ? Optional.of(lossless(b)) : Optional.empty();
            case "VP8X" -> Optional.of(new int[] {le24(b, 24) + 1, le24(b, 27) + 1});
            default -> Optional.empty();
        };
    }

    private static int[] lossless(byte[] b) {
        long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
        return new int[] {(int) (bits & 0x3fff) + 1, (int) (bits >> 14 & 0x3fff) + 1};
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xff) << 16;
    }
}
