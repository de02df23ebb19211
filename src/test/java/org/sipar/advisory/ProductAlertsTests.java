package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sipar.advisory.internal.Advisories;
import org.sipar.advisory.internal.alert.AlertRaiser;
import org.sipar.identity.Directory;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.Smtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations register the products they run; a published advisory that affects one alerts the organisation, on
 * its alerts page, its dashboard and by mail to its contact address, only when its members may see the advisory:
 * one advisory per TLP level affecting a product the bank, the telco and the ministry all run. Raising is
 * idempotent, so the test raises each advisory's alerts itself (as a redelivered event would) before it looks.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductAlertsTests extends AdvisoryFixture {

    private static final Map<String, List<String>> ALERTED = Map.of(
            "admin@bank.demo", List.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT"),
            "analyst@telco.demo", List.of("CLEAR", "GREEN", "AMBER"),
            "analyst@moit.demo", List.of("CLEAR", "GREEN"));

    @Autowired
    Directory directory;
    @Autowired
    Advisories advisories;
    @Autowired
    AlertRaiser raiser;
    @Autowired
    JdbcClient jdbc;

    private final String vendor = "alerttest" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> tracking = new LinkedHashMap<>();
    private GreenMail smtp;

    private String cpe(String version) {
        return "cpe:2.3:a:" + vendor + ":gateway:" + version + ":*:*:*:*:*:*:*";
    }

    @BeforeAll
    void registerProductsAndPublishOneAdvisoryPerLevel() {
        smtp = smtpUnlessTaken();
        ALERTED.keySet().forEach(who -> assertThat(add(as(who), cpe("4.2") + " Gateways").statusCode()).isEqualTo(302));
        String bank = organisation("First National Bank");
        String group = directory.sharingGroups().stream().filter(g -> g.name().equals("Finance and telecom sector"))
                .findFirst().orElseThrow().id().toString();
        for (String level : List.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED")) {
            Map<String, String> fields = new HashMap<>(securityAdvisory(vendor + " " + level + " advisory", level));
            fields.put("products[0].vendor", vendor);
            fields.put("products[0].cpe", level.equals("CLEAR") ? cpe("*") : cpe("4.2"));
            fields.put("products[1].cpe", cpe("4.3"));
            switch (level) {
                case "AMBER" -> fields.put("recipientGroups", group);
                case "AMBER_STRICT" -> fields.put("recipientOrgs", bank);
                case "RED" -> fields.put("recipientPeopleEmails", "analyst@telco.demo\n" + REVIEWER);
                default -> { }
            }
            String id = published(fields);
            tracking.put(level, id);
            raiser.raise(new AdvisoryPublished(advisories.byTrackingId(id).orElseThrow().id(), id, 1, false));
        }
    }

    @Test
    void eachOrganisationIsAlertedByExactlyTheAdvisoriesItsMembersMaySee() {
        SoftAssertions soft = new SoftAssertions();
        ALERTED.forEach((who, levels) -> {
            String page = as(who).page("/advisories/alerts").body();
            tracking.forEach((level, id) -> soft.assertThat(page.contains("data-tracking=\"" + id + "\""))
                    .as("%s is alerted by the TLP:%s advisory", who, level).isEqualTo(levels.contains(level)));
            soft.assertThat(page).as("%s's alert names the product", who).contains(cpe("4.2")).doesNotContain(cpe("4.3"));
        });
        soft.assertThat(jdbc.sql("select count(*) from advisory_alerts where tracking_id = ?").param(tracking.get("RED"))
                .query(Long.class).single()).as("TLP:RED alerts no organisation").isZero();
        soft.assertAll();
    }

    @Test
    void theContactAddressGetsOneBilingualMailNamingTheProductAndLinkingTheAdvisory() throws Exception {
        String clear = tracking.get("CLEAR");
        assertThat(queued("soc@bank.demo", clear)).isEqualTo(1);
        String queuedBody = jdbc.sql("select body_text from platform_mail where kind = 'advisory.alert' and recipient = ? and reference = ?")
                .params("soc@bank.demo", clear).query(String.class).single();
        assertThat(queuedBody).contains(cpe("4.2")).contains("Gateways").contains("/advisories/" + clear).contains("ایڈوائزری");
        assertThat(queued("soc@moit.demo", tracking.get("AMBER"))).as("the ministry is not among the AMBER recipients").isZero();
        assertThat(queued("soc@telco.demo", tracking.get("AMBER_STRICT"))).isZero();
        assertThat(queued("soc@telco.demo", tracking.get("AMBER"))).isEqualTo(1);
        // Delivery itself is the outbox's (MailOutboxTests, MailRetryTests): what this module owes is the mail queued,
        // once, to the right address, with the change that raised the alert.
    }

    @Test
    void aRedeliveredEventRaisesAndMailsNothingAgain() {
        String green = tracking.get("GREEN");
        long alerts = jdbc.sql("select count(*) from advisory_alerts where tracking_id = ?").param(green).query(Long.class).single();
        int raised = raiser.raise(new AdvisoryPublished(advisories.byTrackingId(green).orElseThrow().id(), green, 1, false));
        assertThat(raised).isZero();
        assertThat(alerts).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from advisory_alerts where tracking_id = ?").param(green).query(Long.class).single()).isEqualTo(alerts);
        assertThat(queued("soc@bank.demo", green)).isEqualTo(1);
    }

    @Test
    void aWithdrawalClosesTheAdvisorysOpenAlertsAndSaysSo() {
        Map<String, String> fields = new HashMap<>(securityAdvisory(vendor + " withdrawn advisory", "CLEAR"));
        fields.put("products[0].vendor", vendor);
        fields.put("products[0].cpe", cpe("4.2"));
        String id = published(fields);
        UUID advisory = advisories.byTrackingId(id).orElseThrow().id();
        raiser.raise(new AdvisoryPublished(advisory, id, 1, false)); // unless the listener raised them already
        assertThat(alertsAbout(id, "acknowledged_at is null")).isEqualTo(3);
        assertThat(step(as(REVIEWER), advisory.toString(), "withdraw", "Published in error").statusCode()).isEqualTo(302);
        raiser.raise(new AdvisoryPublished(advisory, id, 2, true)); // as the listener does, if it has not yet
        assertThat(alertsAbout(id, "acknowledged_at is null")).isZero();
        assertThat(alertsAbout(id, "withdrawn_at is not null")).isEqualTo(3);
        String page = as("analyst@bank.demo").page("/advisories/alerts").body();
        assertThat(page).containsPattern("data-tracking=\"" + id + "\" class=\"acknowledged\"")
                .contains("Closed: the advisory was withdrawn");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'advisory.alert.close' and target = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    private long alertsAbout(String trackingId, String condition) {
        return jdbc.sql("select count(*) from advisory_alerts where tracking_id = ? and " + condition).param(trackingId)
                .query(Long.class).single();
    }

    @Test
    void anAnalystAcknowledgesAnAlertAndAMemberCannot() {
        String amber = tracking.get("AMBER");
        Http member = as("member@bank.demo");
        String alert = alertId(member.get("/advisories/alerts").body(), amber);
        assertThat(member.post("/advisories/alerts/" + alert + "/acknowledge", Map.of()).statusCode()).isEqualTo(403);
        Http analyst = as("analyst@bank.demo");
        analyst.get("/advisories/alerts");
        assertThat(analyst.post("/advisories/alerts/" + alert + "/acknowledge", Map.of()).statusCode()).isEqualTo(302);
        String page = analyst.page("/advisories/alerts").body();
        assertThat(page).containsPattern("data-alert=\"" + alert + "\" data-tracking=\"" + amber + "\" class=\"acknowledged\"");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'advisory.alert.acknowledge' and target = ?")
                .param(amber).query(Long.class).single()).isEqualTo(1);
        assertThat(analyst.post("/advisories/alerts/" + alert + "/acknowledge", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theDashboardShowsTheOpenAlertsAndAnonymousVisitorsAreSentToSignIn() {
        String dashboard = as("analyst@telco.demo").page("/dashboard").body();
        assertThat(dashboard).contains("data-panel=\"advisory.alert.panel.title\"").contains("/advisories/" + tracking.get("GREEN"));
        assertThat(as("analyst@telco.demo").page("/advisories/alerts?lang=ur").body()).contains("dir=\"rtl\"")
                .contains("آپ کی مصنوعات کے الرٹ");
        HttpResponse<String> anonymous = anonymous().get("/advisories/alerts");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void productsAreListedRefusedWithTheirPositionAndRemovedByWhoManagesThem() {
        Http admin = as("admin@bank.demo");
        HttpResponse<String> bad = add(admin, "pkg:npm/ok@1\ncpe:2.3:a:" + vendor + ":pro duct:1:*:*:*:*:*:*:*");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("line 2").contains("at character 32");
        assertThat(admin.page("/organisation/products").body()).doesNotContain("pkg:npm/ok@1");
        assertThat(add(as("member@bank.demo"), cpe("9.9")).statusCode()).isEqualTo(403);
        assertThat(add(admin, cpe("5.0") + "\n" + cpe("4.2")).statusCode()).isEqualTo(302);
        String list = admin.get("/organisation/products").body();
        assertThat(list).contains(cpe("5.0"));
        Matcher row = Pattern.compile("data-product=\"([0-9a-f-]{36})\">\\s*<td[^>]*>" + Pattern.quote(cpe("5.0"))).matcher(list);
        assertThat(row.find()).isTrue();
        assertThat(admin.post("/organisation/products/" + row.group(1) + "/remove", Map.of("organisation", organisation("First National Bank")))
                .statusCode()).isEqualTo(302);
        assertThat(admin.page("/organisation/products").body()).doesNotContain(cpe("5.0")).contains(cpe("4.2"));
        assertThat(as("admin@bank.demo").page("/organisation/products?lang=ur").body()).contains("dir=\"rtl\"");
        String bank = organisation("First National Bank");
        assertThat(as("admin@cert.demo").page("/organisation/products?organisation=" + bank).body())
                .as("a hub administrator opens any organisation's products").contains(cpe("4.2"));
        Http otherAdmin = as("admin@telco.demo");
        otherAdmin.get("/organisation/products");
        assertThat(otherAdmin.post("/organisation/products", Map.of("organisation", bank, "products", cpe("6.0"))).statusCode())
                .as("another organisation's administrator changes nothing of the bank's").isEqualTo(403);
    }

    /**
     * The shared test SMTP server, or null when it could not start because another process (another test run on this
     * machine) holds its port: the mail is then delivered there, and only its queueing is checked here.
     */
    private static GreenMail smtpUnlessTaken() {
        try {
            GreenMail server = Smtp.shared();
            return server.getSmtp() != null && server.getSmtp().isRunning() ? server : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private HttpResponse<String> add(Http who, String lines) {
        String page = who.get("/organisation/products").body();
        Matcher org = Pattern.compile("name=\"organisation\" value=\"([0-9a-f-]{36})\"").matcher(page);
        String organisation = org.find() ? org.group(1) : organisation("First National Bank");
        return who.post("/organisation/products", Map.of("organisation", organisation, "products", lines, "label", ""));
    }

    private String organisation(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id().toString();
    }

    private static String alertId(String page, String trackingId) {
        Matcher m = Pattern.compile("data-alert=\"([0-9a-f-]{36})\" data-tracking=\"" + Pattern.quote(trackingId) + "\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private long queued(String to, String reference) {
        return jdbc.sql("select count(*) from platform_mail where kind = 'advisory.alert' and recipient = ? and reference = ?")
                .params(to, reference).query(Long.class).single();
    }

    /** The mail, waiting long enough for one retry (a mail attempted before the test's server was up waits a minute). */
    private MimeMessage awaitMail(String to, String trackingId) throws Exception {
        for (int i = 0; i < 3000; i++) {
            for (MimeMessage m : Smtp.receivedFor(smtp, to)) {
                if (m.getSubject() != null && m.getSubject().contains(trackingId)) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no alert mail about " + trackingId + " reached " + to + ": " + jdbc.sql(
                "select * from platform_mail where kind = 'advisory.alert' and recipient = ? and reference = ?")
                .params(to, trackingId).query().listOfRows());
    }

    /** The plain text body of {@code m}, decoded: the whole content, or the first part of a multipart one. */
    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            content = multipart.getBodyPart(0).getContent();
        }
        return String.valueOf(content);
    }
}
