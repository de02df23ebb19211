package org.sipar.advisory.internal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sipar.platform.InputRejected;

/**
 * Decides whether an upload is an image Sipar serves: a PNG, JPEG, GIF or WebP by its bytes, at most
 * {@link #MAX_BYTES} and {@link #MAX_SIDE} pixels a side. The size is read from the header before anything is
 * decoded, so that a small file claiming a huge picture is refused unread. PNG and JPEG are decoded and encoded
 * again, which leaves their metadata (EXIF with its GPS position, comments) behind; a GIF keeps its frames and a
 * WebP its bytes, Java having no WebP encoder.
 */
final class ImageCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 6000;

    private ImageCheck() {
    }

    static CheckedImage of(String name, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new InputRejected("file", name, "is " + bytes.length + " bytes: an image is 1 byte to 5 MB");
        }
        ImageKind kind = ImageKind.of(bytes).orElseThrow(() -> new InputRejected("file", name,
                "is not a PNG, JPEG, GIF or WebP image (judged by its content, not its name)"));
        int[] size = kind == ImageKind.WEBP ? WebpSize.of(bytes).orElseThrow(() -> unreadable(name)) : headerSize(name, bytes);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new InputRejected("file", name, "is " + size[0] + "×" + size[1] + " pixels: at most " + MAX_SIDE + " a side");
        }
        byte[] served = kind == ImageKind.PNG || kind == ImageKind.JPEG ? reencoded(name, kind, bytes) : bytes;
        return new CheckedImage(kind, served, size[0], size[1]);
    }

    private static int[] headerSize(String name, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw unreadable(name);
        }
    }

    private static byte[] reencoded(String name, ImageKind kind, byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw unreadable(name);
            }
            if (kind == ImageKind.JPEG && image.getColorModel().hasAlpha()) {
                throw unreadable(name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            if (!ImageIO.write(image, kind.encoder, out)) {
                throw unreadable(name);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputRejected rejected) {
                throw rejected;
            }
            throw unreadable(name);
        }
    }

    private static InputRejected unreadable(String name) {
        return new InputRejected("file", name, "starts like an image but cannot be read as one");
    }
}
