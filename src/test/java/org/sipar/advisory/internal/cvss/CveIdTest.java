package org.sipar.advisory.internal.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.platform.InputRejected;

class CveIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"CVE-2024-3094", "CVE-1999-0001", "CVE-2021-44228", "CVE-2023-1234567"})
    void acceptsTheCveProgramsForm(String id) {
        assertThat(CveId.parse(id).value()).isEqualTo(id);
    }

    @Test
    void readsLowerCasePrefixAndSurroundingWhiteSpace() {
        assertThat(CveId.parse("  cve-2024-3094 ")).isEqualTo(new CveId("CVE-2024-3094"));
        assertThat(CveId.parse("CVE-2024-3094").recordUrl())
                .isEqualTo("https://www.cve.org/CVERecord?id=CVE-2024-3094");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CVE-2024-123", "CVE-24-1234", "CVE-2024-01234", "CVE-1998-0001", "CAN-2004-0001",
        "CVE-2024-1234x", "CVE_2024_1234", "CVE-2024-", ""})
    void rejectsAnyOtherFormNamingTheValue(String id) {
        InputRejected rejected = catchThrowableOfType(InputRejected.class, () -> CveId.parse(id));
        assertThat(rejected).as(id).isNotNull();
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("cve");
            assertThat(problem.key()).isEqualTo("advisory.cvss.cve-rejected");
            assertThat(problem.reason()).contains("'" + id.strip() + "' is not a CVE id");
        });
    }

    @Test
    void rejectsNothing() {
        assertThat(catchThrowableOfType(InputRejected.class, () -> CveId.parse(null)).problems().getFirst().reason())
                .contains("'null' is not a CVE id");
    }
}
