package org.sipar.advisory.internal.cvss;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.advisory.internal.cvss.CvssRejected.Reason;
import org.sipar.platform.InputRejected;

/** Vector strings: what is accepted and normalised, and what is rejected where. */
class CvssParsingTest {

    private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    @Test
    void normalisesTheOrderOfMetricsAndDropsNotDefined() {
        CvssScore score = Cvss.parse("  CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/E:X/RL:O ");
        assertThat(score).isInstanceOf(Cvss31.class);
        assertThat(score.vector()).isEqualTo(V31 + "/RL:O");
        assertThat(score.metrics()).containsExactly(entry("AV", "N"), entry("AC", "L"),
                entry("PR", "N"), entry("UI", "N"), entry("S", "U"),
                entry("C", "H"), entry("I", "H"), entry("A", "H"),
                entry("RL", "O"));
        assertThat(score.version()).isEqualTo("3.1");
        assertThat(score.baseScore()).hasToString("9.8");
    }

    @Test
    void acceptsCvss30AndCvss40WithTheirOwnMetrics() {
        assertThat(Cvss.parse("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H").version()).isEqualTo("3.0");
        CvssScore v4 = Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:Amber/E:P");
        assertThat(v4).isInstanceOf(Cvss40.class);
        assertThat(v4.version()).isEqualTo("4.0");
        assertThat(v4.vector())
                .isEqualTo("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/U:Amber");
    }

    @ParameterizedTest(name = "{0} → {1} at {2}")
    @CsvSource(delimiter = ' ', value = {
        "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H WRONG_PREFIX 6",
        "CVSS3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H WRONG_PREFIX 5",
        "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H WRONG_PREFIX 1",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q BAD_VALUE 44",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:A BAD_VALUE 48",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:H UNKNOWN_METRIC 46",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L DUPLICATE_METRIC 46",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H MISSING_METRIC 41",
        "CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H MALFORMED 15",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ MALFORMED 46",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/AH MALFORMED 42",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:C BAD_VALUE 67",
        "CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N MISSING_METRIC 59",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSC:S BAD_VALUE 69",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N BAD_VALUE 37",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/RL:O UNKNOWN_METRIC 65",
        "cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H WRONG_PREFIX 1",
        "CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H UNKNOWN_METRIC 10"})
    void rejectsABadVectorNamingThePositionAndTheReason(String vector, Reason reason, int position) {
        CvssRejected rejected = catchThrowableOfType(CvssRejected.class, () -> Cvss.parse(vector));
        assertThat(rejected).as(vector).isNotNull();
        assertThat(rejected.reason()).as(rejected.getMessage()).isEqualTo(reason);
        assertThat(rejected.position()).as(rejected.getMessage()).isEqualTo(position);
        assertThat(rejected.getMessage()).startsWith("CVSS vector rejected at character " + position + ": ");
    }

    @Test
    void positionsCountFromTheTextGivenIncludingLeadingWhiteSpace() {
        CvssRejected rejected = catchThrowableOfType(CvssRejected.class,
                () -> Cvss.parse("   CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
        assertThat(rejected.position()).isEqualTo(16);
        assertThat(rejected.detail()).isEqualTo("AV does not take the value 'X' (it takes N, A, L, P)");
    }

    @Test
    void emptyOrMissingTextIsAWrongPrefix() {
        assertThat(catchThrowableOfType(CvssRejected.class, () -> Cvss.parse(null)).reason())
                .isEqualTo(Reason.WRONG_PREFIX);
        assertThat(catchThrowableOfType(CvssRejected.class, () -> Cvss.parse("  ")).position()).isEqualTo(1);
    }

    @Test
    void aRejectionBecomesAProblemThatPagesTranslate() {
        String vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q";
        CvssRejected rejected = catchThrowableOfType(CvssRejected.class, () -> Cvss.parse(vector));
        InputRejected.Problem problem = rejected.problem("cvss", vector);
        assertThat(problem.field()).isEqualTo("cvss");
        assertThat(problem.value()).isEqualTo(vector);
        assertThat(problem.key()).isEqualTo("advisory.cvss.rejected.bad-value");
        assertThat(problem.args()).containsExactly(44, "A", "Q", "H, L, N");
        assertThat(problem.reason()).contains("character 44", "A does not take the value 'Q'");
    }
}
