package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Writing and publishing advisories through the workroom's pages, as the national CERT's analysts do. */
abstract class AdvisoryFixture {

    static final String PASSWORD = "sipar-demo";
    static final String AUTHOR = "analyst@cert.demo";
    static final String REVIEWER = "admin@cert.demo";
    private static final Pattern LOCK = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"");
    private static final Pattern ID = Pattern.compile("/advisories/workroom/([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    Http as(String email) {
        Http http = new Http(port);
        assertThat(http.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return http;
    }

    Http anonymous() {
        return new Http(port);
    }

    /** The fields of a complete public security advisory titled {@code title}. */
    static Map<String, String> securityAdvisory(String title, String tlp) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "csaf_security_advisory");
        f.put("audience", "PUBLIC");
        f.put("tlp", tlp);
        f.put("title.en", title);
        f.put("title.ur", "اردو " + title);
        f.put("summary.en", "Summary of " + title);
        f.put("summary.ur", "خلاصہ " + title);
        f.put("details.en", "Details of *" + title + "*");
        f.put("products[0].vendor", "Example Vendor");
        f.put("products[0].name", "Gateway");
        f.put("products[0].version", "4.2");
        f.put("products[1].vendor", "Example Vendor");
        f.put("products[1].name", "Gateway");
        f.put("products[1].version", "4.3");
        f.put("vulnerabilities[0].cve", "CVE-2026-10001");
        f.put("vulnerabilities[0].cwe", "CWE-79");
        f.put("vulnerabilities[0].cvss31", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N");
        f.put("vulnerabilities[0].notes.en", "Cross-site scripting in the portal.");
        f.put("vulnerabilities[0].affected", "1");
        f.put("vulnerabilities[0].fixed", "2");
        f.put("vulnerabilities[0].remediation.en", "Upgrade to 4.3.");
        f.put("references[0].url", "https://vendor.example/advisories/1");
        f.put("references[0].summary.en", "Vendor advisory");
        return f;
    }

    /** Creates a draft with {@code fields} as {@code author}; returns its id. */
    String draft(Http author, Map<String, String> fields) {
        author.get("/advisories/workroom/new");
        HttpResponse<String> created = author.post("/advisories/workroom", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher m = ID.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Takes a workflow step on the advisory's page as {@code who}; returns the answer. */
    HttpResponse<String> step(Http who, String id, String step, String text) {
        String page = who.get("/advisories/workroom/" + id).body();
        Matcher lock = LOCK.matcher(page);
        assertThat(lock.find()).as(page).isTrue();
        return who.post("/advisories/workroom/" + id + "/" + step, Map.of("lockVersion", lock.group(1), "text", text));
    }

    /** The id of the STIX report that puts advisory {@code trackingId} on the change feed. */
    static String reportId(String trackingId) {
        return "report--" + java.util.UUID.nameUUIDFromBytes(("sipar-advisory:report:" + trackingId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes, reviews and publishes an advisory; returns its tracking id. */
    String published(Map<String, String> fields) {
        Http author = as(AUTHOR);
        Http reviewer = as(REVIEWER);
        String id = draft(author, fields);
        assertThat(step(author, id, "submit", "").statusCode()).isEqualTo(302);
        assertThat(step(reviewer, id, "approve", "").statusCode()).isEqualTo(302);
        assertThat(step(reviewer, id, "publish", "Initial release").statusCode()).isEqualTo(302);
        Matcher tracking = Pattern.compile("<bdi>(SIPAR-\\d{4}-\\d{4})</bdi>").matcher(author.get("/advisories/workroom/" + id).body());
        assertThat(tracking.find()).isTrue();
        return tracking.group(1);
    }
}
