package org.sipar.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.platform.Audit;
import org.sipar.platform.OutgoingMail;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's page, {@code /admin/mail}: for hub administrators only, in English and Urdu, with the counts, the
 * latest mails and their errors, and "send again" for dead mail, audited as a sentence in both languages.
 */
@DemoPlatform
class MailPageTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    MailQueue queue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Audit audit;

    Http signedIn(String email) {
        Http http = new Http(port);
        http.signIn(email, PASSWORD);
        return http;
    }

    /** A dead mail, as the last failed attempt leaves it; far in the future, so that no sender takes it meanwhile. */
    long deadMail(String to) {
        Instant later = Instant.now().plusSeconds(365L * 24 * 3600);
        long id = queue.queue(OutgoingMail.of("advisory.confirm", to, "Confirm", "Body").about("subscription 7"),
                "<page-" + UUID.randomUUID() + "@sipar.example>", later);
        jdbc.sql("update platform_mail set status = 'dead', attempts = 10, last_error = ?, dead_at = ? where id = ?")
                .params("MailConnectException: Couldn't connect to host", java.sql.Timestamp.from(later), id).update();
        return id;
    }

    @Test
    void onlyHubAdministratorsSeeThePage() {
        for (String viewer : new String[] {"admin@bank.demo", "analyst@cert.demo"}) {
            assertThat(signedIn(viewer).get("/admin/mail").statusCode()).as(viewer).isEqualTo(403);
        }
        String page = signedIn("admin@cert.demo").get("/admin/mail").body();
        assertThat(page).contains("Mail outbox").contains("href=\"/admin/mail\"").contains("id=\"mail-counts\"");
        assertThat(signedIn("admin@bank.demo").get("/dashboard").body()).doesNotContain("href=\"/admin/mail\"");
    }

    @Test
    void listsDeadMailWithItsErrorAndSendsItAgainAudited() {
        String to = "page-" + UUID.randomUUID() + "@bank.example";
        long id = deadMail(to);
        Http admin = signedIn("admin@cert.demo");
        String dead = admin.get("/admin/mail?status=dead").body();
        assertThat(dead).contains(to).contains("advisory.confirm").contains("subscription 7")
                .contains("Couldn't connect to host").contains("/admin/mail/" + id + "/retry");

        var retried = admin.post("/admin/mail/" + id + "/retry", Map.of());
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(retried.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/mail?retried=" + id));
        assertThat(jdbc.sql("select status from platform_mail where id = ?").param(id).query(String.class).single())
                .isIn("queued", "sent");
        Audit.Recorded entry = audit.recent("mail.retry", "admin@cert.demo", 1).getFirst();
        assertThat(entry.target()).isEqualTo("mail " + id);
        assertThat(entry.details()).contains(to).contains("advisory.confirm");
        assertThat(admin.get("/admin/audit?action=mail.retry").body()).contains("queued the dead mail " + id);
        assertThat(admin.get("/admin/audit?action=mail.retry&lang=ur").body()).contains("دوبارہ قطار میں لگایا");

        assertThat(admin.post("/admin/mail/" + id + "/retry", Map.of()).statusCode()).as("no longer dead").isEqualTo(404);
    }

    @Test
    void thePageSpeaksUrduAndShowsEveryMailForAnUnknownStatus() {
        Http admin = signedIn("admin@cert.demo");
        String urdu = admin.get("/admin/mail?lang=ur").body();
        assertThat(urdu).contains("ای میل آؤٹ باکس").contains("dir=\"rtl\"");
        admin.get("/admin/mail?lang=en");
        var unknown = admin.get("/admin/mail?status=bounced");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("Latest mails").doesNotContain("Latest mails:");
    }
}
