package org.sipar.advisory.internal;

/** Signs a document as the provider publishes it: its OpenPGP detached signature, ASCII-armored (the {@code .asc}). */
interface DocumentSigner {

    String sign(byte[] document);
}
