package org.sipar.advisory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.sipar.identity.Directory;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No advisory mail reaches a subscriber the sharing policy does not give the advisory to: one advisory per TLP
 * level, each kind of subscriber (the public; members outside every recipient, in the sharing group, in the named
 * organisation, of the hub CERT, named in person; the publisher). The publisher sees every level, so their mail
 * of each advisory shows that its run is over: every other subscriber's mail of it, if any, was queued with it.
 */
@DemoPlatform
class SubscriptionLeakTests extends SubscriptionFixture {

    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    private static final String EVERYONE = "leak-public-" + UUID.randomUUID().toString().substring(0, 8) + "@public.example";
    private static final Map<String, Set<String>> SEES = Map.of(
            EVERYONE, Set.of("CLEAR"),
            "analyst@moit.demo", Set.of("CLEAR", "GREEN"),
            "analyst@telco.demo", Set.of("CLEAR", "GREEN", "AMBER", "RED"),
            "analyst@bank.demo", Set.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT"),
            "member@cert.demo", Set.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT"),
            AUTHOR, Set.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED"));

    @Test
    void eachSubscriberIsMailedExactlyTheAdvisoriesThePolicyGivesThem() throws Exception {
        for (String subscriber : SEES.keySet()) {
            boolean member = !subscriber.equals(EVERYONE);
            subscribed(member ? as(subscriber) : anonymous(), subscriber, "en", "IMMEDIATE", "PUBLIC", "PRIVATE_SECTOR");
        }
        Map<String, String> tracking = publishOnePerLevel();
        SoftAssertions soft = new SoftAssertions();
        tracking.forEach((level, id) -> {
            soft.assertThat(await(AUTHOR, id)).as("the publisher's mail of TLP:%s", level).hasSize(1);
            SEES.forEach((subscriber, levels) -> {
                int expected = levels.contains(level) ? 1 : 0;
                soft.assertThat(deliveries(subscriber, id)).as("%s was sent the TLP:%s advisory", subscriber, level).isEqualTo(expected);
                List<?> mails = expected == 1 ? await(subscriber, id) : receivedAbout(subscriber, id);
                soft.assertThat(mails).as("%s got mail of the TLP:%s advisory", subscriber, level).hasSize(expected);
            });
        });
        soft.assertAll();
    }

    private List<?> await(String email, String trackingId) {
        try {
            return mailsAbout(email, trackingId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many mails of the advisory the subscriber's live subscription was sent, as the module recorded it. */
    private int deliveries(String subscriber, String trackingId) {
        return jdbc.sql("""
                select count(*) from advisory_subscription_deliveries d join advisory_subscriptions s on s.id = d.subscription_id
                where s.state = 'CONFIRMED' and (lower(s.email) = lower(:email) or s.person_id = (select id from people where lower(email) = lower(:email)))
                  and d.advisory_id = (select advisory_id from advisory_documents where tracking_id = :tracking limit 1)""")
                .param("email", subscriber).param("tracking", trackingId).query(Integer.class).single();
    }

    private Map<String, String> publishOnePerLevel() {
        String bank = directory.organisations().stream().filter(o -> o.name().equals("First National Bank")).findFirst().orElseThrow().id().toString();
        String group = directory.sharingGroups().stream().filter(g -> g.name().equals("Finance and telecom sector")).findFirst().orElseThrow().id().toString();
        Map<String, String> tracking = new LinkedHashMap<>();
        for (String level : List.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED")) {
            Map<String, String> fields = new HashMap<>(securityAdvisory("Mailed " + level + " " + UUID.randomUUID(), level));
            switch (level) {
                case "AMBER" -> fields.put("recipientGroups", group);
                case "AMBER_STRICT" -> fields.put("recipientOrgs", bank);
                case "RED" -> fields.put("recipientPeopleEmails", "analyst@telco.demo\n" + REVIEWER);
                default -> { }
            }
            fields.put("audience", level.equals("CLEAR") ? "PUBLIC" : "PRIVATE_SECTOR");
            tracking.put(level, published(fields));
        }
        return tracking;
    }
}
