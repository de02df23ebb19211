package org.sipar.advisory.internal.csafimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.advisory.internal.AdvisoryContent;
import org.sipar.advisory.internal.AdvisoryContent.Product;
import org.sipar.advisory.internal.AdvisoryForm;
import org.sipar.advisory.internal.Category;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Tlp;
import org.sipar.support.stix.ReferenceData;

/** What the editor's form is given by a CSAF document, and how a document that cannot be read is refused. */
class CsafImportFormTests {

    private static final String VENDOR_DOCUMENT = """
            {"document": {"csaf_version": "2.0", "category": "csaf_security_advisory", "lang": "en",
              "title": "Gateway flaw", "distribution": {"tlp": {"label": "AMBER"}},
              "notes": [{"category": "summary", "text": "Short."}, {"category": "description", "text": "Long *text*."},
                        {"category": "legal_disclaimer", "text": "No warranty."}],
              "references": [{"category": "self", "url": "https://vendor.example/self.json", "summary": "Self"},
                             {"url": "https://vendor.example/a/1", "summary": "Vendor advisory"}],
              "acknowledgments": [{"names": ["Ada", "Grace"]}]},
             "product_tree": {"branches": [{"category": "vendor", "name": "Example Vendor", "branches": [
                 {"category": "product_name", "name": "Gateway", "branches": [
                   {"category": "product_version", "name": "4.2", "product": {"product_id": "GW42",
                      "name": "Example Vendor Gateway 4.2", "product_identification_helper": {"cpe": "cpe:2.3:a:example:gateway:4.2:*:*:*:*:*:*:*"}}},
                   {"category": "product_version", "name": "4.3", "product": {"product_id": "GW43", "name": "Example Vendor Gateway 4.3"}},
                   {"category": "product_version", "name": "4.1", "product": {"product_id": "GW41", "name": "Example Vendor Gateway 4.1"}}]}]}],
               "relationships": [{"category": "default_component_of", "product_reference": "GW43",
                 "relates_to_product_reference": "GW42", "full_product_name": {"product_id": "GW43:in:GW42",
                 "name": "Gateway 4.3 as a component of Gateway 4.2"}}]},
             "vulnerabilities": [{"cve": "CVE-2026-10001", "cwe": {"id": "CWE-79", "name": "Improper Neutralization"},
               "title": "XSS", "notes": [{"category": "description", "text": "Cross-site scripting."}],
               "scores": [{"products": ["GW42"], "cvss_v3": {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"}}],
               "product_status": {"known_affected": ["GW42"], "fixed": ["GW43", "GW43:in:GW42"], "known_not_affected": ["GW41"]},
               "remediations": [{"category": "vendor_fix", "details": "Upgrade to 4.3.", "product_ids": ["GW42"]},
                                {"category": "workaround", "details": "Turn it off.", "product_ids": ["GW42"]}],
               "references": [{"url": "https://vendor.example/a/1"}, {"url": "https://cve.example/CVE-2026-10001"}],
               "acknowledgments": [{"names": ["Grace", "Linus"]}]}]}
            """;

    @Test
    void aDocumentFillsTheEditorsFormAndItsProductsKeepTheirFullNames() {
        AdvisoryForm form = CsafImport.form(VENDOR_DOCUMENT);
        AdvisoryContent c = form.content();
        assertThat(form.category()).isEqualTo(Category.SECURITY_ADVISORY);
        assertThat(form.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(c.title().en()).isEqualTo("Gateway flaw");
        assertThat(c.summary().en()).isEqualTo("Short.");
        assertThat(c.details().en()).isEqualTo("Long *text*.");
        assertThat(c.products()).extracting(Product::fullName).containsExactly("Example Vendor Gateway 4.2",
                "Example Vendor Gateway 4.3", "Example Vendor Gateway 4.3 as a component of Gateway 4.2");
        assertThat(c.products().getFirst()).isEqualTo(new Product("Example Vendor", "Gateway", "4.2",
                "cpe:2.3:a:example:gateway:4.2:*:*:*:*:*:*:*", ""));
        var v = c.vulnerabilities().getFirst();
        assertThat(v.cve()).isEqualTo("CVE-2026-10001");
        assertThat(v.cwe() + " " + v.cweName()).isEqualTo("CWE-79 Improper Neutralization");
        assertThat(v.cvss31()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N");
        assertThat(v.affected()).containsExactly(1);
        assertThat(v.fixed()).containsExactly(2, 3);
        assertThat(v.remediation().en()).isEqualTo("Upgrade to 4.3.");
        assertThat(v.notes().en()).isEqualTo("Cross-site scripting.");
        assertThat(c.references()).extracting(AdvisoryContent.Reference::url)
                .containsExactly("https://vendor.example/a/1", "https://cve.example/CVE-2026-10001");
        assertThat(c.acknowledgments()).containsExactly("Ada", "Grace", "Linus");
    }

    @Test
    void anUrduDocumentFillsTheUrduTexts() {
        AdvisoryContent c = CsafImport.form(VENDOR_DOCUMENT.replace("\"lang\": \"en\"", "\"lang\": \"ur\"")
                .replace("Gateway flaw", "گیٹ وے کی خامی")).content();
        assertThat(c.title().ur()).isEqualTo("گیٹ وے کی خامی");
        assertThat(c.title().en()).isEmpty();
        assertThat(c.summary().ur()).isEqualTo("Short.");
    }

    @Test
    void brokenJsonIsRefusedNamingItsLineAndColumn() {
        assertThatThrownBy(() -> CsafImport.form("{\"document\": {\n  \"title\": \"x\",,\n}}"))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems().getFirst().reason())
                        .startsWith("is not JSON").contains("line 2"));
    }

    @Test
    void aDocumentThatIsNotCsafTwoIsRefusedNamingTheMember() {
        assertThatThrownBy(() -> CsafImport.form("{\"document\": {\"csaf_version\": \"1.2\", \"title\": \"x\"}}"))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field() + " " + p.value() + " " + p.reason())
                                .isEqualTo("/document/csaf_version \"1.2\" must be \"2.0\": this is not a CSAF 2.0 document")));
        assertThatThrownBy(() -> CsafImport.form("[1, 2]")).isInstanceOf(InputRejected.class).hasMessageContaining("not a CSAF document");
    }

    @Test
    void aStatusNamingAProductTheTreeDoesNotHaveIsRefusedAtItsPointer() {
        assertThatThrownBy(() -> CsafImport.form(VENDOR_DOCUMENT.replace("\"known_affected\": [\"GW42\"]",
                "\"known_affected\": [\"GW42\", \"NOPE\"]")))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("/vulnerabilities/0/product_status/known_affected/1")));
    }

    @Test
    void everyRedHatDocumentGivesItsCvesAndTheProductsItsStatusesName() throws Exception {
        Path folder = ReferenceData.require("data/csaf/advisories/redhat");
        List<Path> documents;
        try (var files = Files.list(folder)) {
            documents = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(documents).isNotEmpty();
        for (Path file : documents) {
            var root = tools.jackson.databind.json.JsonMapper.shared().readTree(Files.readString(file));
            AdvisoryContent c = CsafImport.form(Files.readString(file)).content();
            assertThat(c.vulnerabilities()).as(file.toString()).extracting(AdvisoryContent.Vulnerability::cve)
                    .containsExactlyElementsOf(root.path("vulnerabilities").valueStream().map(v -> v.path("cve").asString()).toList());
            assertThat(c.products()).as(file.toString()).hasSize(Vulnerabilities.namedProducts(root.path("vulnerabilities")).size());
        }
    }
}
