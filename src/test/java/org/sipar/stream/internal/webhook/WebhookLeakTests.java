package org.sipar.stream.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.intel.TlpViewers;
import org.sipar.sharing.Tlp;
import org.sipar.stream.internal.FeedSignal;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each organisation's endpoint receives exactly what the TLP table lets its organisation see. The bank's analyst
 * publishes, per level, an indicator to Indus Telecom, a sharing group of the internet community body and the
 * ministry's analyst by name (as every leak test does), and a TLP:GREEN one whose description is marked at that
 * level; the administrators of the ministry, Indus Telecom, the internet community body, the bank and the hub each
 * registered an endpoint. A viewer of the table is judged by their organisation's endpoint, which acts for the
 * organisation and not for a person: it sees what the viewer's organisation-mates see, and TLP:RED never (the
 * publisher and the named person see it; their organisations' machines do not).
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookLeakTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedSignal signal;

    final String run = UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    final Map<String, String> webhooks = new HashMap<>();
    Receiver receiver;

    @BeforeAll
    void everyOrganisationRegistersThenTheBankPublishes() throws Exception {
        receiver = new Receiver();
        for (String domain : List.of("moit", "telco", "nic", "bank", "cert")) {
            HttpResponse<String> created = new Http(port).json("POST", "/api/v1/webhooks",
                    basic("admin@" + domain + ".demo", TlpViewers.PASSWORD),
                    "{\"name\":\"Leak " + domain + "\",\"url\":\"" + receiver.url("/" + domain) + "\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            webhooks.put(domain, created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        }
        publish();
        signal.wake();
        String sentinel = sentinel();
        receiver.await(r -> webhooks.keySet().stream().allMatch(d -> r.stream()
                .anyMatch(q -> q.path().equals("/" + d) && q.body().contains(sentinel))), Duration.ofSeconds(90));
    }

    private void publish() {
        String nic = id("select id::text from organisations where name = 'National Internet Community'");
        HttpResponse<String> group = new Http(port).json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", TlpViewers.PASSWORD),
                "{\"name\":\"Webhook circle " + run + "\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = id("select id::text from sharing_groups where name = 'Webhook circle " + run + "'");
        String telco = id("select id::text from organisations where name = 'Indus Telecom'");
        String named = id("select id::text from people where email = 'analyst@moit.demo'");
        List<String> objects = new ArrayList<>();
        for (Tlp tlp : Tlp.values()) {
            objects.add(Stix.indicator(Stix.newIndicatorId(), "whole" + word(tlp), tlp.markingId(), "2026-03-01T00:00:00.000Z"));
            objects.add(Stix.indicator(Stix.newIndicatorId(), "part" + word(tlp), Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")
                    .replaceFirst("\\}$", ", \"description\": \"hidden" + word(tlp) + "\", \"granular_markings\": [{\"marking_ref\": \""
                            + tlp.markingId() + "\", \"selectors\": [\"description\"]}]}"));
        }
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles?organisations=" + telco
                        + "&groups=" + groupId + "&people=" + named, basic("analyst@bank.demo", TlpViewers.PASSWORD),
                Stix.bundle(objects.toArray(String[]::new)));
        assertThat(published.body()).contains("\"accepted\":10");
    }

    /** A TLP:CLEAR indicator published last: once an endpoint has it, it has all before it (one delivery at a time, in order). */
    private String sentinel() {
        String id = Stix.newIndicatorId();
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", TlpViewers.PASSWORD),
                Stix.bundle(Stix.indicator(id, "sentinel" + run, Tlp.CLEAR.markingId(), "2026-03-01T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        signal.wake();
        return id;
    }

    @ParameterizedTest(name = "{0}''s organisation''s endpoint, {1}: sees {2} (never RED)")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void anEndpointReceivesWhatItsOrganisationMaySeeAndNoMore(String viewer, Tlp tlp, boolean sees) {
        assumeTrue(!viewer.equals("anonymous"), "nobody signed in has no organisation to register an endpoint");
        String domain = TlpViewers.LOGINS.get(viewer).replaceAll(".*@(\\w+)\\.demo", "$1");
        boolean expected = sees && tlp != Tlp.RED;
        String received = receiver.requests().stream().filter(r -> r.path().equals("/" + domain))
                .map(Receiver.Request::body).collect(Collectors.joining("\n"));
        assertThat(received).as("%s's endpoint got the sentinel", domain).contains("sentinel" + run);
        assertThat(received.contains("Indicator whole" + word(tlp))).as("%s's endpoint, object at %s", domain, tlp).isEqualTo(expected);
        assertThat(received).as("%s's endpoint, GREEN object with a part at %s", domain, tlp).contains("Indicator part" + word(tlp));
        assertThat(received.contains("hidden" + word(tlp))).as("%s's endpoint, part at %s", domain, tlp).isEqualTo(expected);
    }

    @AfterAll
    void cleanUp() {
        webhooks.forEach((domain, id) -> new Http(port).json("DELETE", "/api/v1/webhooks/" + id,
                basic("admin@" + domain + ".demo", TlpViewers.PASSWORD), null));
        receiver.close();
    }

    private String word(Tlp tlp) {
        return tlp.name().toLowerCase().replace("_", "") + run;
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
