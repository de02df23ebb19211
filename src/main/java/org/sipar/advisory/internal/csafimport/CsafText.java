package org.sipar.advisory.internal.csafimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sipar.platform.InputRejected;
import org.springframework.web.multipart.MultipartFile;

/**
 * The text of the document to import: the uploaded file if there is one, else what was pasted. A CSAF document is
 * UTF-8 JSON (CSAF 2.0 section 9.1.2) of a few megabytes at most; anything larger is refused before it is read.
 */
final class CsafText {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    private CsafText() {
    }

    static String of(MultipartFile file, String pasted) throws IOException {
        if (file == null || file.isEmpty()) {
            return checkedSize(pasted == null ? "" : pasted);
        }
        if (file.getSize() > MAX_BYTES) {
            throw tooLarge(file.getSize());
        }
        try (InputStream in = file.getInputStream()) {
            return utf8(in.readNBytes(MAX_BYTES + 1));
        }
    }

    static String utf8(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new InputRejected(CsafJson.FIELD, null, "is not UTF-8 text, as CSAF documents are");
        }
    }

    private static String checkedSize(String text) {
        if (text.length() > MAX_BYTES) {
            throw tooLarge(text.length());
        }
        return text;
    }

    private static InputRejected tooLarge(long size) {
        return new InputRejected(CsafJson.FIELD, size + " bytes", "is larger than the " + MAX_BYTES / (1024 * 1024)
                + " MB a CSAF document may be here");
    }
}
