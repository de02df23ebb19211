package org.sipar.advisory.internal.cvss;

import java.math.BigDecimal;
import java.util.Locale;

/** The qualitative severity rating of a CVSS 3.x or 4.0 score (the same scale in both specifications). */
public enum CvssSeverity {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    private static final BigDecimal LOW_FROM = new BigDecimal("0.1");
    private static final BigDecimal MEDIUM_FROM = new BigDecimal("4.0");
    private static final BigDecimal HIGH_FROM = new BigDecimal("7.0");
    private static final BigDecimal CRITICAL_FROM = new BigDecimal("9.0");

    /** The rating of a score between 0.0 and 10.0. */
    public static CvssSeverity of(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.TEN) > 0) {
            throw new IllegalArgumentException("a CVSS score lies between 0.0 and 10.0, not " + score);
        }
        return score.compareTo(CRITICAL_FROM) >= 0 ? CRITICAL : score.compareTo(HIGH_FROM) >= 0 ? HIGH
                : score.compareTo(MEDIUM_FROM) >= 0 ? MEDIUM : score.compareTo(LOW_FROM) >= 0 ? LOW : NONE;
    }

    /** The key of its name in the advisory bundles, e.g. {@code advisory.cvss.severity.high}. */
    public String messageKey() {
        return "advisory.cvss.severity." + name().toLowerCase(Locale.ROOT);
    }
}
