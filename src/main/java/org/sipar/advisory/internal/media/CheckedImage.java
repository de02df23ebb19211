package org.sipar.advisory.internal.media;

/** An uploaded image that passed the checks, with the bytes Sipar will serve (re-encoded where Java can). */
record CheckedImage(ImageKind kind, byte[] bytes, int width, int height) {
}
