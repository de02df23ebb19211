package org.sipar.advisory.internal.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of image Sipar serves, each known by the bytes it starts with (never by a file's name or the type its
 * uploader claims): a text file or an SVG named {@code .png} is none of them.
 */
enum ImageKind {
    PNG("image/png", "png"), JPEG("image/jpeg", "jpeg"), GIF("image/gif", "gif"), WEBP("image/webp", null);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    final String contentType;
    /** The javax.imageio format that re-encodes it, or null when Java has none (WebP is kept as uploaded). */
    final String encoder;

    ImageKind(String contentType, String encoder) {
        this.contentType = contentType;
        this.encoder = encoder;
    }

    static Optional<ImageKind> of(byte[] b) {
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, "GIF87a".getBytes()) || startsWith(b, 0, "GIF89a".getBytes())) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 0, "RIFF".getBytes()) && startsWith(b, 8, "WEBP".getBytes())) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    static Optional<ImageKind> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(k -> k.contentType.equals(contentType)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
