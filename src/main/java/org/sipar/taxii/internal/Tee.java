package org.sipar.taxii.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the bundle of a TAXII request both into intel's import queue and into the request's own copy
 * ({@link Envelopes}), as the envelope is read once. Closing closes neither: each has its owner.
 */
final class Tee extends OutputStream {

    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
        first.write(b);
        second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        first.write(b, off, len);
        second.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        first.flush();
        second.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
