package org.sipar.advisory.internal.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores and severities: every NVD pair of CVSS 3.0 and 3.1, and CVSS 4.0 against FIRST's calculator. */
class CvssScoresTest {

    @Test
    void everyNvdPairOfCvss31AndCvss30GetsNvdsBaseScoreAndSeverity() {
        List<String> wrong = new ArrayList<>();
        List<NvdPairs> pairs = new ArrayList<>(NvdPairs.of("31"));
        pairs.addAll(NvdPairs.of("30"));
        for (NvdPairs pair : pairs) {
            CvssScore score = Cvss.parse(pair.vector());
            String got = score.baseScore().toPlainString() + " " + score.severity();
            if (!got.equals(pair.score() + " " + pair.severity())) {
                wrong.add(pair + " but got " + got);
            }
        }
        assertThat(pairs).hasSizeGreaterThan(80);
        assertThat(wrong).isEmpty();
    }

    @Test
    void cvss40ScoresAgreeWithFirstsCalculatorIncludingTheTiesItsRoundingFixMovedUp() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String line : resourceLines("cvss40-scores.tsv")) {
            String[] pair = line.split("\t");
            String got = Cvss.parse(pair[0]).baseScore().toPlainString();
            checked++;
            if (!got.equals(pair[1])) {
                wrong.add(pair[0] + " should score " + pair[1] + " but got " + got);
            }
        }
        assertThat(checked).isEqualTo(200);
        assertThat(wrong).isEmpty();
    }

    /** Rows of FIRST's reference set (cvss-resources, vectorFiles/reference-scores) and its rounding examples. */
    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A/CR:H/IR:H/AR:H/MSI:S/MSA:S 10.0 CRITICAL",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U/CR:H/IR:H/AR:H 9.1 CRITICAL",
        "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L/E:U/CR:H/IR:H/AR:H 7.2 HIGH",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L/E:U/CR:M/IR:M/AR:M 6.8 MEDIUM",
        "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:H/SC:L/SI:L/SA:L/E:U/CR:M/IR:H/AR:M 3.0 LOW",
        "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U/CR:H/IR:H/AR:H 1.7 LOW",
        "CVSS:4.0/AV:A/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P/CR:H/IR:H/AR:H/MSI:S/MSA:S 8.8 HIGH",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N 9.3 CRITICAL",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H 8.6 HIGH",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N 0.0 NONE"})
    void cvss40ReferenceVectors(String vector, String score, CvssSeverity severity) {
        CvssScore parsed = Cvss.parse(vector);
        assertThat(parsed.baseScore()).isEqualTo(new BigDecimal(score));
        assertThat(parsed.severity()).isEqualTo(severity);
    }

    @Test
    void cvss40NamesItsScoreAfterTheMetricGroupsGiven() {
        String base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
        assertThat(((Cvss40) Cvss.parse(base)).nomenclature()).isEqualTo("CVSS-B");
        assertThat(((Cvss40) Cvss.parse(base + "/E:P")).nomenclature()).isEqualTo("CVSS-BT");
        assertThat(((Cvss40) Cvss.parse(base + "/MAV:L")).nomenclature()).isEqualTo("CVSS-BE");
        assertThat(((Cvss40) Cvss.parse(base + "/E:U/CR:L/S:P")).nomenclature()).isEqualTo("CVSS-BTE");
        assertThat(((Cvss40) Cvss.parse(base + "/E:X/AU:Y")).nomenclature()).isEqualTo("CVSS-B");
    }

    @ParameterizedTest
    @CsvSource({"0.0,NONE", "0.1,LOW", "3.9,LOW", "4.0,MEDIUM", "6.9,MEDIUM", "7.0,HIGH", "8.9,HIGH", "9.0,CRITICAL",
        "10.0,CRITICAL"})
    void severityFollowsTheRatingScaleOfBothSpecifications(String score, CvssSeverity severity) {
        assertThat(CvssSeverity.of(new BigDecimal(score))).isEqualTo(severity);
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = CvssScoresTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        }
    }
}
