package org.sipar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sipar.platform.Audit;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail page: hub administrators only; every import and refused attempt recorded with readable
 * details; filters by action, person and days in the viewer's zone; paging; the CSV export and its guard
 * against formulas.
 */
@DemoPlatform
class AuditTrailPageTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Audit audit;

    Http hubAdmin() {
        Http http = new Http(port);
        http.signIn("admin@cert.demo", PASSWORD);
        return http;
    }

    /** An entry of a made-up person at {@code at}, so a test can filter on its own entries only. */
    void entry(String actor, String action, String target, Instant at, Map<String, ?> details) {
        audit.record(new Audit.Entry(null, actor, action, target, true, "192.0.2.1", details));
        jdbc.sql("update audit_log set at = ? where id = (select max(id) from audit_log where actor = ?)")
                .params(java.sql.Timestamp.from(at), actor).update();
    }

    @Test
    void onlyHubAdministratorsSeeTheTrailOrItsExport() {
        for (String viewer : List.of("analyst@cert.demo", "admin@bank.demo", "member@bank.demo")) {
            Http http = new Http(port);
            http.signIn(viewer, PASSWORD);
            assertThat(http.get("/admin/audit").statusCode()).as(viewer).isEqualTo(403);
            assertThat(http.get("/admin/audit/export.csv").statusCode()).as(viewer).isEqualTo(403);
        }
        assertThat(new Http(port).get("/admin/audit").statusCode()).as("anonymous").isEqualTo(302);
        assertThat(new Http(port).get("/admin/audit/export.csv").statusCode()).as("anonymous").isEqualTo(302);
        assertThat(hubAdmin().get("/admin/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void anImportIsRecordedWithFileSizeTlpRecipientsAndOutcomeInAReadableSentence() {
        UUID telco = jdbc.sql("select id from organisations where name = 'Indus Telecom'").query(UUID.class).single();
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?organisations=" + telco,
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(Stix.indicator(Stix.newIndicatorId())));
        String id = answer.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        Map<String, Object> row = jdbc.sql("select actor, outcome, host(source_ip) as ip, details::text as details from audit_log"
                + " where action = 'intel.import' and target = ?").param("import " + id).query().singleRow();
        assertThat(row).containsEntry("actor", "analyst@bank.demo").containsEntry("outcome", "success");
        assertThat(row.get("ip")).isIn("127.0.0.1", "::1");
        assertThat((String) row.get("details")).contains("\"file\": \"API\"", "\"tlp\": \"AMBER\"", "\"recipients\": \"Indus Telecom\"",
                "\"organisation\": \"First National Bank\"", "\"stored\": 1", "\"status\": \"complete\"").containsPattern("\"size\": \"\\d+\"");
        String page = hubAdmin().get("/admin/audit?action=intel.import&actor=analyst%40bank.demo").body();
        assertThat(page).contains("analyst@bank.demo imported API (", "bytes) for First National Bank, TLP:AMBER for unmarked objects,"
                + " shared with Indus Telecom: stored 1, rejected 0, warnings 0");
        assertThat(page).as("the raw record stays one click away").contains("<details class=\"audit-raw\">", "\"file\" : \"API\"");
    }

    @Test
    void aRejectedBundleIsAFailedImportInTheTrail() {
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@telco.demo", PASSWORD),
                "{\"type\":\"not-a-bundle\",\"objects\":[]}");
        assertThat(answer.statusCode()).isEqualTo(422);
        String id = answer.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        Map<String, Object> row = jdbc.sql("select outcome, details::text as details from audit_log where action = 'intel.import'"
                + " and target = ?").param("import " + id).query().singleRow();
        assertThat(row).containsEntry("outcome", "failure");
        assertThat((String) row.get("details")).contains("\"status\": \"failed\"");
        assertThat(hubAdmin().get("/admin/audit?action=intel.import&actor=analyst%40telco.demo").body())
                .contains("The import of API (", "by analyst@telco.demo for Indus Telecom");
    }

    @Test
    void refusedAttemptsArePublishedInTheTrailWithTheRequestAndTheReason() {
        HttpResponse<String> api = new Http(port).json("POST", "/api/v1/intel/bundles", basic("member@bank.demo", PASSWORD),
                Stix.bundle(Stix.indicator(Stix.newIndicatorId())));
        assertThat(api.statusCode()).isEqualTo(403);
        Http page = new Http(port);
        page.signIn("member@bank.demo", PASSWORD);
        assertThat(page.get("/intel/import").statusCode()).isEqualTo(403);
        List<Map<String, Object>> refused = jdbc.sql("select target, outcome, details::text as details from audit_log"
                + " where action = 'access.refused' and actor = 'member@bank.demo' order by id").query().listOfRows();
        assertThat(refused).extracting(r -> r.get("target")).contains("POST /api/v1/intel/bundles", "GET /intel/import");
        assertThat(refused).allSatisfy(r -> assertThat(r).containsEntry("outcome", "failure"));
        assertThat((String) refused.getLast().get("details")).contains("Only analysts and administrators publish intelligence");
        assertThat(hubAdmin().get("/admin/audit?action=access.refused&actor=member%40bank.demo").body())
                .contains("member@bank.demo was refused POST /api/v1/intel/bundles: Only analysts and administrators publish intelligence");
    }

    @Test
    void filtersByActionPersonAndDaysInTheViewersZoneWhichThePageNames() {
        String who = "filter-" + UUID.randomUUID() + "@test";
        entry(who, "token.created", "token a", Instant.parse("2026-01-15T10:00:00Z"), Map.of("name", "morning", "expiresAt", "never"));
        entry(who, "token.revoked", "token b", Instant.parse("2026-01-15T20:00:00Z"), Map.of("name", "evening"));
        entry("other-" + who, "token.created", "token c", Instant.parse("2026-01-15T10:00:00Z"), Map.of("name", "stranger"));
        Http admin = hubAdmin();
        String utc = admin.get("/admin/audit?actor=" + who + "&zone=UTC").body();
        assertThat(utc).contains("2026-01-15 10:00:00", "2026-01-15 20:00:00", "(UTC)", "“morning”", "“evening”").doesNotContain("stranger");
        String karachi = admin.get("/admin/audit?actor=" + who + "&zone=Asia/Karachi").body();
        assertThat(karachi).contains("2026-01-15 15:00:00", "2026-01-16 01:00:00", "Asia/Karachi").doesNotContain("2026-01-15 10:00:00");
        assertThat(admin.get("/admin/audit?actor=" + who + "&action=token.revoked").body()).contains("evening").doesNotContain("morning");
        assertThat(admin.get("/admin/audit?actor=" + who + "&action=token.").body()).contains("evening", "morning");
        // the 15th in Karachi ends at 19:00 UTC: the evening entry is on the 16th there, on the 15th in UTC
        assertThat(admin.get("/admin/audit?actor=" + who + "&from=2026-01-15&to=2026-01-15&zone=Asia/Karachi").body())
                .contains("morning").doesNotContain("evening");
        assertThat(admin.get("/admin/audit?actor=" + who + "&from=2026-01-15&to=2026-01-15&zone=UTC").body())
                .contains("morning", "evening");
        HttpResponse<String> bad = admin.get("/admin/audit?from=15/01/2026");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("15/01/2026", "YYYY-MM-DD");
    }

    @Test
    void theChosenZoneIsRememberedAndTheSentenceIsUrduInUrdu() {
        String who = "zone-" + UUID.randomUUID() + "@test";
        entry(who, "token.revoked", "token z", Instant.parse("2026-02-01T00:30:00Z"), Map.of("name", "زون"));
        Http admin = hubAdmin();
        admin.get("/admin/audit?actor=" + who + "&zone=Asia/Karachi");
        String remembered = admin.get("/admin/audit?actor=" + who + "&lang=ur").body();
        assertThat(remembered).contains("2026-02-01 05:30:00", "Asia/Karachi", "نے API ٹوکن “زون” منسوخ کیا");
    }

    @Test
    void pagesHoldAHundredEntriesAndLeadToTheOlderOnes() {
        String who = "paging-" + UUID.randomUUID() + "@test";
        for (int i = 0; i < 105; i++) {
            entry(who, "token.created", "token " + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), Map.of("name", "n" + i));
        }
        Http admin = hubAdmin();
        String first = admin.get("/admin/audit?actor=" + who + "&zone=UTC").body();
        assertThat(first).contains("“n104”", "“n5”").doesNotContain("“n4”");
        String older = first.replaceAll("(?s).*href=\"(/admin/audit\\?[^\"]*before=\\d+)\".*", "$1").replace("&amp;", "&");
        String second = admin.get(older).body();
        assertThat(second).contains("“n4”", "“n0”").doesNotContain("“n5”");
    }

    @Test
    void theCsvExportHoldsTheFilteredEntriesWithFormulasDefused() throws IOException {
        String who = "csv-" + UUID.randomUUID() + "@test";
        entry(who, "sharing-group.created", "=HYPERLINK(\"http://evil.example\",\"x\")", Instant.parse("2026-01-20T08:00:00Z"),
                Map.of("name", "+SUM(1,2)"));
        entry("other-" + who, "sharing-group.created", "group", Instant.parse("2026-01-20T08:00:00Z"), Map.of("name", "other"));
        HttpResponse<String> csv = hubAdmin().get("/admin/audit/export.csv?actor=" + who + "&zone=Asia/Karachi");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(records).hasSize(1);
        CSVRecord r = records.getFirst();
        assertThat(r.get("actor")).isEqualTo(who);
        assertThat(r.get("at_utc")).isEqualTo("2026-01-20T08:00:00Z");
        assertThat(r.get("at_local")).isEqualTo("2026-01-20 13:00:00");
        assertThat(r.get("zone")).isEqualTo("Asia/Karachi");
        assertThat(r.get("target")).startsWith("'=HYPERLINK");
        assertThat(r.get("sentence")).isEqualTo(who + " created the sharing group “+SUM(1,2)”");
        assertThat(r.get("details")).contains("+SUM(1,2)");
        assertThat(AuditCsv.safe("-1+2")).isEqualTo("'-1+2");
        assertThat(AuditCsv.safe("@cmd")).isEqualTo("'@cmd");
        assertThat(AuditCsv.safe("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.safe("plain")).isEqualTo("plain");
    }
}
