package org.sipar.advisory.internal.cvss;

import java.math.BigDecimal;
import java.util.Map;

/** A parsed CVSS vector with its score: {@link Cvss31} for CVSS 3.0 and 3.1, {@link Cvss40} for CVSS 4.0. */
public sealed interface CvssScore permits Cvss31, Cvss40 {

    /** "3.0", "3.1" or "4.0". */
    String version();

    /** The vector string, normalised: the prefix, then the metrics given in the specification's order, no "X". */
    String vector();

    /** The score to one decimal (3.x: the base score; 4.0: the score of the metrics given, see {@link Cvss40}). */
    BigDecimal baseScore();

    CvssSeverity severity();

    /** The metrics of {@link #vector()}: abbreviation → value, in the specification's order. */
    Map<String, String> metrics();
}
