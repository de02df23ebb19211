package org.sipar.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The detection desk: for signed-in members only, checking values as the API does (and only against what the
 * viewer may see), in English and Urdu; the sharing choice made by analysts and administrators, refused to plain
 * members, audited.
 */
@DemoPlatform
class DetectDeskTests extends MatchFixture {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInMemberChecksValuesAndAnAnonymousVisitorIsSentToSignIn() throws InterruptedException {
        String address = freshAddress();
        String amber = Stix.newIndicatorId();
        String telco = jdbc.sql("select id::text from organisations where name = 'Indus Telecom'").query(String.class).single();
        publish("tlp=AMBER&organisations=" + telco, indicator(amber, "[ipv4-addr:value = '" + address + "']", ""));
        awaitMatch("analyst@bank.demo", ip(address), amber);
        Http telcoAnalyst = new Http(port);
        telcoAnalyst.signIn("analyst@telco.demo", PASSWORD);
        telcoAnalyst.get("/detect");
        assertThat(telcoAnalyst.post("/detect/check", Map.of("values", address)).body()).contains(amber);
        Http ministry = new Http(port);
        ministry.signIn("analyst@moit.demo", PASSWORD);
        ministry.get("/detect");
        assertThat(ministry.post("/detect/check", Map.of("values", address)).body()).as("not shared with the ministry")
                .doesNotContain(amber).contains("check-results");
        assertThat(ministry.get("/detect?lang=ur").body()).contains("dir=\"rtl\"", "اقدار جانچیں");
        assertThat(new Http(port).get("/detect").statusCode()).isEqualTo(302);
    }

    @Test
    void analystsChooseHowSightingsAreSharedAndPlainMembersCannot() {
        Http analyst = new Http(port);
        analyst.signIn("analyst@bank.demo", PASSWORD);
        analyst.get("/detect");
        assertThat(analyst.post("/detect/reporting", Map.of("tlp", "GREEN", "anonymous", "true")).statusCode()).isEqualTo(302);
        String bank = jdbc.sql("select id::text from organisations where name = 'First National Bank'").query(String.class).single();
        assertThat(jdbc.sql("select tlp || ' ' || anonymous from detect_reporting where organisation_id = ?::uuid").param(bank)
                .query(String.class).single()).isEqualTo("GREEN true");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'detect.reporting'").query(Long.class).single()).isPositive();
        Http member = new Http(port);
        member.signIn("member@bank.demo", PASSWORD);
        member.get("/detect");
        assertThat(member.post("/detect/reporting", Map.of("tlp", "CLEAR")).statusCode()).isEqualTo(403);
        assertThat(analyst.post("/detect/reporting", Map.of("tlp", "RED")).statusCode()).as("never RED").isEqualTo(400);
        assertThat(analyst.post("/detect/reporting", Map.of("tlp", "PURPLE")).body()).contains("desk-problems", "PURPLE");
        analyst.post("/detect/reporting", Map.of("tlp", "AMBER")); // back to the default for the other tests
    }
}
