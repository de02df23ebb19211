package org.sipar.detect.internal.lifecycle;

/** RFC 5952's canonical IPv6 text; the JDK writes every group and compresses none, so it cannot be used. */
final class Rfc5952 {

    private Rfc5952() {
    }

    static String format(long hi, long lo) {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (hi >>> (48 - 16 * i) & 0xFFFF);
            groups[i + 4] = (int) (lo >>> (48 - 16 * i) & 0xFFFF);
        }
        int[] run = longestZeroRun(groups);
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == run[0]) {
                text.append("::");
                i += run[1] - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** Start and length of the first longest run of at least two zero groups (RFC 5952 section 4.2), or {-1, 0}. */
    private static int[] longestZeroRun(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int length = 0;
            while (i + length < groups.length && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
            i += length;
        }
        return bestStart < 0 ? new int[] {-1, 0} : new int[] {bestStart, bestLength};
    }
}
