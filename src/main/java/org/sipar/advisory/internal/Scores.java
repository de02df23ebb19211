package org.sipar.advisory.internal;

import java.util.List;
import java.util.Optional;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;
import org.sipar.platform.InputRejected.Problem;
import tools.jackson.databind.node.ArrayNode;

/** The CVSS scores of an advisory's vulnerabilities: checked as written, and as CSAF carries them. */
interface Scores {

    /** Adds a problem naming {@code field} and the position when {@code vector} (if any) is not a CVSS {@code version} vector. */
    void check(String field, String vector, String version, List<Problem> problems);

    /** The CSAF {@code scores} of {@code v} for its affected products, if it has a CVSS 3.1 score. */
    Optional<ArrayNode> csaf(Vulnerability v);

    /** The CVSS 4.0 vector of {@code v} with its score, as a note says it (CSAF 2.0 has no cvss_v4), if it has one. */
    Optional<String> cvss40Note(Vulnerability v);

    /** The highest base severity among {@code vulnerabilities}, as CVSS names it ("High"), if any is scored. */
    Optional<String> highestSeverity(List<Vulnerability> vulnerabilities);
}
