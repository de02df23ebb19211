package org.sipar.detect.internal.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a stream as slices of one reused byte buffer, numbered from 1, with {@code \n} or {@code \r\n}
 * endings and a leading UTF-8 byte-order mark dropped. A line longer than the limit is not kept (it is skipped
 * to its end and flagged {@link #tooLong()}), so that no upload, however it is cut, is held in memory whole.
 */
final class LineReader {

    private static final int INITIAL_BUFFER = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer;
    private int unread;
    private int limit;
    private boolean endOfStream;
    private long number;
    private int start;
    private int length;
    private boolean tooLong;

    LineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("the longest line must be at least one byte, not " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[Math.min(INITIAL_BUFFER, maxLineBytes + 1)];
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() {
        tooLong = false;
        int searched = unread;
        while (true) {
            int newline = indexOfNewline(searched);
            if (newline >= 0) {
                take(newline, newline + 1);
                return true;
            }
            if (endOfStream) {
                if (unread == limit && !tooLong) {
                    return false;
                }
                take(limit, limit);
                return true;
            }
            searched = makeRoom();
            fill();
        }
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void take(int end, int next) {
        number++;
        start = unread;
        length = tooLong ? 0 : end - unread;
        if (length > 0 && buffer[start + length - 1] == '\r') {
            length--;
        }
        if (number == 1 && length >= 3 && Arrays.equals(buffer, start, start + 3, BOM, 0, 3)) {
            start += 3;
            length -= 3;
        }
        unread = next;
    }

    /** Compacts the unread bytes to the front, grows the buffer up to the limit, or drops an overlong line's start; answers where to search on. */
    private int makeRoom() {
        int kept = limit - unread;
        if (kept > maxLineBytes) {
            tooLong = true;
            kept = 0;
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLineBytes + 1));
        }
        System.arraycopy(buffer, limit - kept, buffer, 0, kept);
        unread = 0;
        limit = kept;
        return kept;
    }

    private void fill() {
        try {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfStream = true;
            } else {
                limit += read;
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("reading the upload failed after line " + number, failed);
        }
    }

    long number() {
        return number;
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    /** Whether this line was longer than the limit, and so is not here (its length is 0). */
    boolean tooLong() {
        return tooLong;
    }

    boolean isBlank() {
        for (int i = start; i < start + length; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** What a format does with one line that is neither blank nor too long. */
    interface LineHandler {
        void handle(LineReader line);
    }

    /** Reads every line of the stream, counting it, reporting an overlong one, ignoring a blank one and handing the rest on. */
    static void forEach(InputStream in, int maxLineBytes, TelemetryReport report, LineHandler handler) {
        LineReader lines = new LineReader(in, maxLineBytes);
        while (lines.next()) {
            report.lineRead();
            if (lines.tooLong()) {
                report.malformed(lines.number(), "line longer than " + maxLineBytes + " bytes, skipped");
            } else if (lines.isBlank()) {
                report.ignored();
            } else {
                handler.handle(lines);
            }
        }
    }

    String text() {
        return new String(buffer, start, length, StandardCharsets.UTF_8);
    }
}
