package org.sipar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipar.support.CsafValidator.Problem;
import org.sipar.support.CsafValidator.Result;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSAF validator harness on documents whose verdict is known: Red Hat's published advisories (the shared
 * reference data), and copies of one of them broken on purpose.
 */
class CsafValidatorTests {

    /**
     * Red Hat's two CVE documents here say {@code "version": "1"} while their revision history goes to 2: test
     * 6.1.16 (latest document version) rightly finds that, and nothing else is wrong with them.
     */
    private static final List<String> WRONG_VERSION = List.of("cve-2023-0044.json", "cve-2023-20862.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void redHatsAdvisoriesPassTheSchemaAndEveryMandatoryTestBut616WhereTheirVersionLagsTheirHistory() throws IOException {
        Map<Path, Result> results = CsafValidator.validate(redHat());
        assertThat(results).hasSize(7);
        results.forEach((file, result) -> {
            if (WRONG_VERSION.contains(file.getFileName().toString())) {
                assertThat(result.problems()).as(file.getFileName().toString()).containsExactly(new Problem(
                        "mandatoryTest_6_1_16", "/document/tracking/version", "version does not match latest revision"));
            } else {
                assertThat(result.problems()).as(file.getFileName().toString()).isEmpty();
                assertThat(result.valid()).isTrue();
            }
        });
    }

    @Test
    void brokenCopiesFailWithTheProblemNamed() throws IOException {
        ObjectNode noTrackingId = advisory();
        ((ObjectNode) noTrackingId.get("document").get("tracking")).remove("id");
        ObjectNode undefinedProduct = advisory();
        ((ArrayNode) undefinedProduct.get("vulnerabilities").get(0).get("product_status").get("known_not_affected"))
                .add("CSAFPID-NOT-DEFINED");
        Path first = write("no-tracking-id.json", noTrackingId);
        Path second = write("undefined-product.json", undefinedProduct);
        Map<Path, Result> results = CsafValidator.validate(List.of(first, second));

        assertThat(results.get(first).valid()).isFalse();
        assertThat(results.get(first).problems()).anySatisfy(p -> {
            assertThat(p.test()).isEqualTo("csaf_2_0_strict");
            assertThat(p.instancePath()).isEqualTo("/document/tracking");
            assertThat(p.message()).contains("id");
        });
        assertThat(results.get(second).problems()).anySatisfy(p -> {
            assertThat(p.test()).isEqualTo("mandatoryTest_6_1_1");
            assertThat(p.instancePath()).startsWith("/vulnerabilities/0/product_status/known_not_affected/");
        });
    }

    @Test
    void assertValidFailsNamingTheTestAndWhere() throws IOException {
        ObjectNode broken = advisory();
        ((ObjectNode) broken.get("document").get("tracking")).remove("id");
        CsafValidator.requireInstalled(); // else the skip would be taken for the failure expected
        assertThatThrownBy(() -> CsafValidator.assertValid(JSON.writeValueAsBytes(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("csaf_2_0_strict at /document/tracking");
    }

    private static List<Path> redHat() throws IOException {
        try (Stream<Path> files = Files.list(ReferenceData.require("data/csaf/advisories/redhat"))) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
        }
    }

    private static ObjectNode advisory() {
        return (ObjectNode) JSON.readTree(ReferenceData.require("data/csaf/advisories/redhat/rhsa-2024_3351.json").toFile());
    }

    private Path write(String name, ObjectNode document) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(document));
        return file;
    }
}
