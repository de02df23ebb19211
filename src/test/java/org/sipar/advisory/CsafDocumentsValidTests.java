package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.CsafValidator;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every CSAF document Sipar publishes passes the strict CSAF 2.0 schema and every mandatory test of
 * {@code @secvisogram/csaf-validator-lib}: the demo's (a security advisory and an informational advisory in both
 * languages, a TLP:GREEN advisory with a version range, an incident response at TLP:AMBER), a VEX, and an advisory
 * through a second revision and its withdrawal, English and Urdu.
 */
@DemoPlatform
class CsafDocumentsValidTests extends AdvisoryFixture {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublishedDocumentPassesTheSchemaAndTheMandatoryTests() throws Exception {
        CsafValidator.requireInstalled();
        Map<String, String> vex = new HashMap<>(securityAdvisory("VEX " + UUID.randomUUID(), "CLEAR"));
        vex.put("category", "csaf_vex");
        vex.put("vulnerabilities[0].cvss40", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:L/VA:N/SC:L/SI:L/SA:N");
        published(vex);
        Http author = as(AUTHOR);
        Http reviewer = as(REVIEWER);
        String id = draft(author, securityAdvisory("Withdrawn " + UUID.randomUUID(), "GREEN"));
        step(author, id, "submit", "");
        step(reviewer, id, "approve", "");
        step(reviewer, id, "publish", "");
        step(reviewer, id, "withdraw", "The vendor retracted the issue");

        Path dir = Files.createDirectories(Path.of("target", "csaf-out"));
        List<Path> files = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql("select file_name, revision, document from advisory_documents").query().listOfRows()) {
            Path file = dir.resolve(row.get("revision") + "-" + row.get("file_name"));
            Files.writeString(file, (String) row.get("document"));
            files.add(file);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        Map<Path, CsafValidator.Result> results = CsafValidator.validate(files);
        assertThat(results.values()).allSatisfy(r -> assertThat(r.problems()).as(r.file().toString()).isEmpty());
    }
}
