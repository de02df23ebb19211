package org.sipar.advisory.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * When a registered product is an advisory's affected product: CPE names by part, vendor and product, package URLs by
 * type, namespace and name; versions only when both give one, the advisory's ANY or NA matching every version.
 */
class ProductMatchingTests {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|true",
            "cpe:2.3:o:PaloAltoNetworks:PAN-OS:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|true",
            "cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:10.2.0:*:*:*:*:*:*:*|false",
            "cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:*:*:*:*:*:*:*:*|true",
            "cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:-:*:*:*:*:*:*:*|true",
            "cpe:2.3:o:paloaltonetworks:pan-os:*:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:10.2.0:*:*:*:*:*:*:*|true",
            "cpe:2.3:a:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|false",
            "cpe:2.3:o:fortinet:pan-os:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|false",
            "cpe:2.3:o:paloaltonetworks:globalprotect:11.1.0:*:*:*:*:*:*:*|cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*|false",
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1|pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1|true",
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1|pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1|false",
            "pkg:maven/org.apache.logging.log4j/log4j-core|pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1|true",
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1|pkg:maven/org.apache.logging.log4j/log4j-core|true",
            "pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1|pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1|false",
            "pkg:maven/org.example/log4j-core@2.14.1|pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1|false",
            "pkg:npm/lodash@4.17.20|pkg:gem/lodash@4.17.20|false",
            "pkg:pypi/Django_Package@1.0|pkg:pypi/django-package@1.0|true",
            "pkg:npm/lodash@4.17.20?os=linux|pkg:npm/lodash@4.17.20|true",
            "pkg:npm/lodash@4.17.20|cpe:2.3:a:lodash:lodash:4.17.20:*:*:*:*:*:*:*|false"})
    void matchesByIdentityAndVersion(String registered, String affected, boolean matches) {
        assertThat(ProductIdentifier.parse(registered).matches(ProductIdentifier.parse(affected))).isEqualTo(matches);
    }

    @Test
    void readsPastedLinesWithLabelsAndRefusesTheWholePasteNamingEachBadLine() {
        List<ProductLines.Line> lines = ProductLines.read("""
                # from our SBOM
                cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:* Perimeter firewalls

                pkg:npm/lodash@4.17.20""", "Web portal");
        assertThat(lines).extracting(ProductLines.Line::label).containsExactly("Perimeter firewalls", "Web portal");
        assertThatThrownBy(() -> ProductLines.read("pkg:npm/lodash@4.17.20\ncpe:2.3:q:a:b:1:*:*:*:*:*:*:*\nlodash", ""))
                .isInstanceOfSatisfying(org.sipar.platform.InputRejected.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.key() + " " + p.args().getFirst())
                        .containsExactly("line 2 advisory.alert.cpe.part 9", "line 3 advisory.alert.identifier 1"));
        assertThatThrownBy(() -> ProductLines.read("\n# nothing\n", "")).isInstanceOf(org.sipar.platform.InputRejected.class);
    }
}
