package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.sipar.platform.Audit;
import org.sipar.platform.PeriodicWork;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail subscriptions end to end, through the pages and the test SMTP server: double opt-in, the advisory mail in
 * the chosen language with RFC 8058 one-click unsubscription, tokens that work once and expire, no enumeration,
 * no second mail for a redelivered event, a member's own subscriptions and their daily digest.
 */
@DemoPlatform
class SubscriptionTests extends SubscriptionFixture {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Audit audit;
    @Autowired
    List<PeriodicWork> work;

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@public.example";
    }

    @Test
    void aConfirmedSubscriberGetsEachPublicAdvisoryInTheirLanguageAndUnsubscribesWithOneClick() throws Exception {
        String english = address("english");
        String urdu = address("urdu");
        subscribed(anonymous(), english, "en", "", "PUBLIC");
        subscribed(anonymous(), urdu, "ur", "", "PUBLIC", "GOVERNMENT");
        MimeMessage confirmation = confirmations(urdu).getFirst();
        assertThat(subject(confirmation)).isEqualTo("ایڈوائزریز کی سبسکرپشن کی تصدیق کریں");
        assertThat(html(confirmation)).contains("dir=\"rtl\"").contains("عوام، حکومت");
        String title = "Subscribed gateway flaw " + UUID.randomUUID().toString().substring(0, 6);
        String tracking = published(securityAdvisory(title, "CLEAR"));

        MimeMessage en = mailsAbout(english, tracking).getFirst();
        assertThat(subject(en)).contains(title).contains("[");
        assertThat(header(en, "Content-Language")).isEqualTo("en");
        assertThat(text(en)).contains("Summary of " + title).contains("/advisories/" + tracking + "?lang=en");
        assertThat(html(en)).contains("<a href=\"http://localhost:" + port + "/advisories/" + tracking).doesNotContain("<img");
        assertThat(header(en, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        Matcher link = UNSUBSCRIBE_LINK.matcher(header(en, "List-Unsubscribe"));
        assertThat(link.matches()).as(header(en, "List-Unsubscribe")).isTrue();
        MimeMessage ur = mailsAbout(urdu, tracking).getFirst();
        assertThat(header(ur, "Content-Language")).isEqualTo("ur");
        assertThat(subject(ur)).contains("اردو " + title);
        assertThat(text(ur)).contains("خلاصہ " + title).contains("ایڈوائزری پڑھیں");

        // RFC 8058: a mail client POSTs without a session or CSRF token.
        HttpResponse<String> oneClick = anonymous().postRaw(link.group(2), Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("subscription-unsubscribe-done");
        String next = published(securityAdvisory("After unsubscription " + UUID.randomUUID(), "CLEAR"));
        assertThat(mailsAbout(urdu, next)).hasSize(1); // the same listener run would have mailed the English one too
        assertThat(receivedAbout(english, next)).isEmpty();
    }

    @Test
    void nothingButTheConfirmationIsSentUntilTheAddressConfirms() throws Exception {
        String pending = address("pending");
        String sentinel = address("sentinel");
        assertThat(subscribe(anonymous(), pending, "en", "", "PUBLIC").body()).contains("subscription-requested");
        subscribed(anonymous(), sentinel, "en", "", "PUBLIC");
        String tracking = published(securityAdvisory("Unconfirmed " + UUID.randomUUID(), "CLEAR"));
        assertThat(mailsAbout(sentinel, tracking)).hasSize(1);
        assertThat(receivedAbout(pending, tracking)).isEmpty();
        assertThat(confirmations(pending)).hasSize(1);
    }

    @Test
    void aConfirmationLinkWorksOnceAndNotAfterItExpires() throws Exception {
        String once = address("once");
        subscribe(anonymous(), once, "en", "", "PUBLIC");
        String token = confirmationToken(once, 0);
        Http browser = anonymous();
        browser.get("/advisories/subscribe/confirm?token=" + token);
        assertThat(browser.post("/advisories/subscribe/confirm", Map.of("token", token)).statusCode()).isEqualTo(200);
        HttpResponse<String> again = browser.post("/advisories/subscribe/confirm", Map.of("token", token));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("subscription-confirm-refused");
        assertThat(browser.get("/advisories/subscribe/confirm?token=" + token).body()).doesNotContain("subscription-confirm-form");

        String late = address("late");
        subscribe(anonymous(), late, "en", "", "PUBLIC");
        String lateToken = confirmationToken(late, 0);
        jdbc.sql("update advisory_subscription_tokens set expires_at = now() - interval '1 second' where subscription_id ="
                + " (select id from advisory_subscriptions where email = ?)").param(late).update();
        browser.get("/advisories/subscribe/confirm?token=" + lateToken);
        assertThat(browser.post("/advisories/subscribe/confirm", Map.of("token", lateToken)).statusCode()).isEqualTo(400);
        assertThat(browser.post("/advisories/subscribe/confirm", Map.of("token", "x".repeat(43))).statusCode()).isEqualTo(400);
        assertThat(anonymous().postRaw("/advisories/unsubscribe?token=" + "y".repeat(43), Map.of()).statusCode()).isEqualTo(400);

        // A day after its link expired, an address that never confirmed is forgotten.
        jdbc.sql("update advisory_subscriptions set requested_at = now() - interval '4 days' where email = ?").param(late).update();
        work.stream().filter(w -> w.name().equals("advisory.subscription-purge")).findFirst().orElseThrow().run();
        assertThat(requests(late)).isZero();
        assertThat(requests(once)).isEqualTo(1);
    }

    @Test
    void theAnswerNeverSaysWhetherTheAddressIsSubscribedAndAskingAgainSoonSendsNothing() throws Exception {
        String known = address("known");
        subscribed(anonymous(), known, "en", "", "PUBLIC");
        String fresh = address("fresh");
        String forKnown = answer(subscribe(anonymous(), known, "en", "", "PUBLIC"));
        String forFresh = answer(subscribe(anonymous(), fresh, "en", "", "PUBLIC"));
        assertThat(forKnown).isEqualTo(forFresh);
        subscribe(anonymous(), fresh, "en", "", "PUBLIC");
        // The first request for each address within ten minutes sent a link; the later ones nothing.
        assertThat(requests(fresh)).isEqualTo(1);
        assertThat(requests(known)).isEqualTo(1);
        assertThat(anonymous().get("/advisories/subscribe?lang=ur").body()).contains("dir=\"rtl\"")
                .contains("ای میل کے ذریعے ایڈوائزریز حاصل کریں");
        assertThat(subscribe(anonymous(), "not an address", "en", "", "PUBLIC").statusCode()).isEqualTo(400);
        assertThat(subscribe(anonymous(), address("none"), "en", "").statusCode()).isEqualTo(400);
    }

    @Test
    void aSourceThatAskedTooOftenThisHourGetsTheSameAnswerButNoMail() {
        String first = address("source");
        subscribe(anonymous(), first, "en", "", "PUBLIC");
        String source = jdbc.sql("select host(requested_from) from advisory_subscriptions where email = ?").param(first)
                .query(String.class).single();
        int asked = jdbc.sql("select count(*) from advisory_subscriptions where requested_from = cast(? as inet)"
                + " and requested_at > now() - interval '1 hour'").param(source).query(Integer.class).single();
        // the source's other requests this hour, up to the limit (30 by default), as if one machine had sent them
        jdbc.sql("""
                insert into advisory_subscriptions (id, email, audiences, lang, delivery, state, requested_at, requested_from)
                select gen_random_uuid(), 'flood' || n || '@flood.example', '{PUBLIC}', 'en', 'IMMEDIATE', 'PENDING', now(), cast(? as inet)
                from generate_series(1, ?) n""").params(source, Math.max(0, 30 - asked)).update();
        try {
            String blocked = address("blocked");
            assertThat(subscribe(anonymous(), blocked, "en", "", "PUBLIC").body()).contains("subscription-requested");
            assertThat(requests(blocked)).as("nothing stored or sent for the 31st request").isZero();
        } finally {
            jdbc.sql("delete from advisory_subscriptions where email like 'flood%@flood.example'").update();
        }
        String after = address("after");
        subscribe(anonymous(), after, "en", "", "PUBLIC");
        assertThat(requests(after)).as("below the limit again").isEqualTo(1);
    }

    @Test
    void anEndedSubscriptionLosesItsAddressADayLater() throws Exception {
        String ended = address("ended");
        String recent = address("recent");
        subscribed(anonymous(), ended, "en", "", "PUBLIC");
        subscribed(anonymous(), recent, "en", "", "PUBLIC");
        jdbc.sql("update advisory_subscriptions set state = 'ENDED', ended_at = now() - interval '25 hours' where email = ?").param(ended).update();
        jdbc.sql("update advisory_subscriptions set state = 'ENDED', ended_at = now() - interval '1 hour' where email = ?").param(recent).update();
        work.stream().filter(w -> w.name().equals("advisory.subscription-purge")).findFirst().orElseThrow().run();
        assertThat(requests(ended)).isZero();
        assertThat(requests(recent)).as("ended an hour ago: kept for the rate limits a while").isEqualTo(1);
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() throws Exception {
        String first = address("first");
        subscribed(anonymous(), first, "en", "", "PUBLIC");
        String tracking = published(securityAdvisory("Redelivered " + UUID.randomUUID(), "CLEAR"));
        assertThat(mailsAbout(first, tracking)).hasSize(1);
        String later = address("later");
        subscribed(anonymous(), later, "en", "", "PUBLIC");
        UUID advisory = jdbc.sql("select advisory_id from advisory_documents where tracking_id = ? limit 1").param(tracking)
                .query(UUID.class).single();
        transaction.executeWithoutResult(t -> events.publishEvent(new AdvisoryPublished(advisory, tracking, 1, false)));
        assertThat(mailsAbout(later, tracking)).hasSize(1); // the redelivery's run, which mails the first one too if at all
        assertThat(receivedAbout(first, tracking)).hasSize(1);
    }

    @Test
    void aMemberManagesTheirSubscriptionsAndGetsADailyDigestOfWhatTheyMayRead() throws Exception {
        String member = "member@bank.demo";
        Http session = as(member);
        subscribed(session, member, "en", "DAILY", "PUBLIC", "PRIVATE_SECTOR");
        String mine = session.get("/advisories/subscriptions").body();
        assertThat(mine).contains("my-subscriptions").contains("value=\"DAILY\" selected");
        String title = "Digest member flaw " + UUID.randomUUID().toString().substring(0, 6);
        String tracking = published(securityAdvisory(title, "GREEN"));
        jdbc.sql("update advisory_subscriptions set digest_since = digest_since - interval '2 days' where person_id ="
                + " (select id from people where lower(email) = ?) and state = 'CONFIRMED'").param(member).update();
        work.stream().filter(w -> w.name().equals("advisory.subscription-digest")).findFirst().orElseThrow().run();
        MimeMessage digest = mailsAboutText(member, tracking);
        assertThat(subject(digest)).contains("Advisories of the day");
        assertThat(text(digest)).contains(title);

        UUID id = jdbc.sql("select id from advisory_subscriptions where person_id = (select id from people where lower(email) = ?)"
                + " and state = 'CONFIRMED'").param(member).query(UUID.class).single();
        Http other = as("analyst@telco.demo");
        other.get("/advisories/subscriptions");
        assertThat(other.post("/advisories/subscriptions/" + id + "/end", Map.of()).statusCode()).as("not theirs").isEqualTo(404);
        session.get("/advisories/subscriptions");
        assertThat(session.post("/advisories/subscriptions/" + id + "/delivery", Map.of("delivery", "IMMEDIATE")).statusCode()).isEqualTo(302);
        assertThat(session.get("/advisories/subscriptions").body()).contains("value=\"IMMEDIATE\" selected");
        assertThat(session.post("/advisories/subscriptions/" + id + "/end", Map.of()).statusCode()).isEqualTo(302);
        assertThat(session.get("/advisories/subscriptions").body()).contains("no-subscriptions");
        List<Audit.Recorded> trail = audit.recent("advisory.subscription.", null, 50);
        assertThat(trail).extracting(Audit.Recorded::action).contains("advisory.subscription.confirm",
                "advisory.subscription.delivery", "advisory.subscription.end");
        assertThat(trail).extracting(Audit.Recorded::target).contains(id.toString());
        assertThat(trail).allSatisfy(e -> assertThat(e.details()).doesNotContain("@"));
    }

    @Test
    void aWithdrawalIsMailedAndSaysSo() throws Exception {
        String reader = address("withdrawal");
        subscribed(anonymous(), reader, "ur", "", "PUBLIC");
        Http author = as(AUTHOR);
        Http reviewer = as(REVIEWER);
        String id = draft(author, securityAdvisory("Withdrawn later " + UUID.randomUUID(), "CLEAR"));
        step(author, id, "submit", "");
        step(reviewer, id, "approve", "");
        step(reviewer, id, "publish", "Initial release");
        String tracking = jdbc.sql("select tracking_id from advisories where id = ?").param(UUID.fromString(id)).query(String.class).single();
        assertThat(mailsAbout(reader, tracking)).hasSize(1);
        assertThat(step(reviewer, id, "withdraw", "Published in error").statusCode()).isEqualTo(302);
        for (int i = 0; i < 600 && receivedAbout(reader, tracking).size() < 2; i++) {
            Thread.sleep(50);
        }
        List<MimeMessage> mails = receivedAbout(reader, tracking);
        assertThat(mails).hasSize(2);
        assertThat(subject(mails.getLast())).startsWith("[واپس لی گئی]");
        assertThat(text(mails.getLast())).contains("یہ ایڈوائزری واپس لے لی گئی ہے");
    }

    private MimeMessage mailsAboutText(String email, String tracking) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var found = org.sipar.support.Smtp.receivedFor(smtp, email).stream().filter(m -> text(m).contains(tracking)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No digest reached " + email);
    }

    private int requests(String email) {
        return jdbc.sql("select count(*) from advisory_subscriptions where email = ?").param(email).query(Integer.class).single();
    }

    /** The page without its CSRF token, which differs per session. */
    private static String answer(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replaceAll("(name=\"_csrf\"|name=\"csrf-token\") (value|content)=\"[^\"]*\"", "");
    }
}
