package org.sipar.platform.pdf;

import org.sipar.platform.pdf.LineSetter.Line;

/**
 * How tall a line stands and where its baseline sits. Nastaliq climbs and descends far more than Latin type
 * (its words cascade diagonally towards the baseline), so a line with Urdu gets about twice the Latin leading.
 */
final class Leading {

    private static final float LATIN = 1.45f;
    private static final float URDU = 2.3f;

    private Leading() {
    }

    static float of(Line line, float size) {
        return size * (line.urdu() ? URDU : LATIN);
    }

    /** From the top of the line down to its baseline. */
    static float baseline(Line line, float size) {
        return size * (line.urdu() ? 1.45f : 1.05f);
    }
}
