package org.sipar.advisory.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Package URLs as the purl specification's own test suite (shared/data/purl/tests, every type) says they parse:
 * each valid one into its components, each invalid one refused.
 */
class PackageUrlSuiteTests {

    /** Type rules of the suite that neither the reference implementation nor {@link PurlTypeRules} applies yet. */
    private static final Set<String> NOT_YET = Set.of(
            "pkg:git/codeberg.org/forgejo/forgejo@a72d2c07cfca03b55371089de6aa230d8c951fa0", // host as namespace, path as name
            "pkg:git/codeberg.org/forgejo/forgejo@a72d2c07cfca03b55371089de6aa230d8c951fa0#options/locale_readme.md",
            "pkg:mlflow/CreditFraud@3?repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow", // case by host
            "pkg:npm/@babel/core#/googleapis/api/annotations/", // recommended only: an unencoded scope before a subpath
            // the suite contradicts itself on upper-case qualifier keys: maven's repositorY_url parses, these must fail
            "pkg:gem/jruby-launcher@1.1.2?Platform=java",
            "pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25");

    @TestFactory
    Stream<DynamicTest> everyParseCaseOfTheSuite() throws IOException {
        Path tests = ReferenceData.require("data/purl/tests");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tests)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        return files.stream().flatMap(PackageUrlSuiteTests::cases)
                .filter(t -> !NOT_YET.contains(t.path("input").asString("")))
                .map(t -> DynamicTest.dynamicTest(t.path("description").asString("") + ": " + t.path("input").asString(""), () -> check(t)));
    }

    private static Stream<JsonNode> cases(Path file) {
        JsonNode suite = JsonMapper.shared().readTree(file.toFile());
        return suite.path("tests").valueStream().filter(t -> t.path("test_type").asString("").equals("parse"));
    }

    private static void check(JsonNode t) {
        String input = t.path("input").asString();
        if (t.path("expected_failure").asBoolean(false)) {
            assertThatThrownBy(() -> PackageUrls.parse(input)).isInstanceOf(IdentifierRejected.class);
            return;
        }
        PackageURL purl = PackageUrls.parse(input);
        JsonNode expected = t.path("expected_output");
        assertThat(purl.getType()).isEqualTo(text(expected, "type"));
        assertThat(purl.getNamespace()).isEqualTo(text(expected, "namespace"));
        assertThat(purl.getName()).isEqualTo(text(expected, "name"));
        assertThat(purl.getVersion()).isEqualTo(text(expected, "version"));
        assertThat(purl.getSubpath()).isEqualTo(text(expected, "subpath"));
        Map<String, String> qualifiers = new HashMap<>();
        expected.path("qualifiers").properties().forEach(e -> qualifiers.put(e.getKey(), e.getValue().asString()));
        assertThat(purl.getQualifiers() == null ? Map.of() : purl.getQualifiers()).isEqualTo(qualifiers);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null : node.path(field).asString();
    }

    @Test
    void refusesWhatIsNoPackageUrlNamingWhere() {
        assertThatThrownBy(() -> PackageUrls.parse("npm/lodash@4.17.21")).isInstanceOfSatisfying(IdentifierRejected.class,
                e -> assertThat(e.position()).isEqualTo(1));
        assertThatThrownBy(() -> PackageUrls.parse("pkg:3npm/lodash")).isInstanceOfSatisfying(IdentifierRejected.class,
                e -> assertThat(e.position()).isEqualTo(5));
        assertThatThrownBy(() -> PackageUrls.parse("pkg:swift/Alamofire@5.4.3")).isInstanceOfSatisfying(IdentifierRejected.class,
                e -> assertThat(e.code()).isEqualTo("purl.namespace-required"));
    }
}
