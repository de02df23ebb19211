package org.sipar.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.intel.TlpViewers;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The match API follows the TLP table for every viewer: the bank's analyst publishes one indicator per level, each
 * of its own address, to Indus Telecom, a sharing group holding the internet community body and the ministry's
 * analyst by name; each viewer asks for all five addresses and is told of exactly the indicators it may see.
 * Anonymous callers are refused: the API is for partners' machines.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchLeakTests extends MatchFixture {

    @Autowired
    JdbcClient jdbc;

    private final Map<Tlp, String> ids = new EnumMap<>(Tlp.class);
    private final Map<Tlp, String> addresses = new EnumMap<>(Tlp.class);
    private String allAddresses;

    @BeforeAll
    void publishOnePerLevel() throws InterruptedException {
        String suffix = uniqueWord();
        String nic = jdbc.sql("select id::text from organisations where name = 'National Internet Community'").query(String.class).single();
        HttpResponse<String> group = new Http(port).json("POST", "/api/v1/sharing-groups", Http.basic("admin@cert.demo", PASSWORD),
                "{\"name\":\"Match circle " + suffix + "\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = jdbc.sql("select id::text from sharing_groups where name = ?").param("Match circle " + suffix).query(String.class).single();
        String telco = jdbc.sql("select id::text from organisations where name = 'Indus Telecom'").query(String.class).single();
        String named = jdbc.sql("select id::text from people where email = 'analyst@moit.demo'").query(String.class).single();
        StringBuilder all = new StringBuilder();
        for (Tlp tlp : Tlp.values()) {
            ids.put(tlp, Stix.newIndicatorId());
            addresses.put(tlp, freshAddress());
            publish("tlp=" + tlp.name() + "&organisations=" + telco + "&groups=" + groupId + "&people=" + named,
                    indicator(ids.get(tlp), "[ipv4-addr:value = '" + addresses.get(tlp) + "']", ",\"labels\":[\"" + tlp.name().toLowerCase() + "\"]"));
            all.append(all.isEmpty() ? "" : ",").append(ip(addresses.get(tlp)));
        }
        allAddresses = all.toString();
        awaitMatch("analyst@bank.demo", allAddresses, ids.get(Tlp.RED)); // the publisher sees every level
    }

    @ParameterizedTest(name = "{0} asking for the {1} indicator's address: told of it {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void theMatchApiFollowsTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        HttpResponse<String> answer = match(TlpViewers.LOGINS.get(viewer), allAddresses);
        if (viewer.equals("anonymous")) {
            assertThat(answer.statusCode()).isEqualTo(401);
            return;
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body().contains(ids.get(tlp))).as("%s told of the %s indicator", viewer, tlp).isEqualTo(sees);
        if (sees) {
            assertThat(answer.body()).contains("\"tlp\":\"TLP:" + tlp.label() + "\"");
        }
    }
}
