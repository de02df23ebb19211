package org.sipar.detect.internal.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;

/** RFC 3986 section 5.2.4's removal of "." and ".." segments from an absolute path; empty segments are kept. */
final class DotSegments {

    private DotSegments() {
    }

    /** {@code path} begins with '/'. */
    static String remove(String path) {
        String[] segments = path.substring(1).split("/", -1);
        Deque<String> kept = new ArrayDeque<>(segments.length);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean dot = segment.equals(".");
            boolean dotDot = segment.equals("..");
            if (dotDot) {
                kept.pollLast();
            }
            if (!dot && !dotDot) {
                kept.addLast(segment);
            } else if (i == segments.length - 1) {
                kept.addLast(""); // "/a/b/.." names the folder "/a/", so the slash stays
            }
        }
        return "/" + String.join("/", kept);
    }
}
