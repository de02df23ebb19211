package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every security-relevant action leaves an audit entry with who, what, from where and the outcome. */
@DemoPlatform
class AuditTrailTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signInsTokensAndAdministrationAreAudited() {
        Http browser = new Http(port);
        browser.signIn("analyst@bank.demo", "not-the-password");
        browser.signIn("admin@cert.demo", "sipar-demo");
        browser.get("/account/tokens");
        browser.post("/account/tokens", Map.of("name", "audit-token"));
        String tokenId = jdbc.sql("select id::text from api_tokens where name = 'audit-token'").query(String.class).single();
        browser.get("/account/tokens");
        browser.post("/account/tokens/" + tokenId + "/revoke", Map.of());
        browser.get("/admin/sharing-groups/new");
        String bank = jdbc.sql("select id::text from organisations where name = 'First National Bank'").query(String.class).single();
        browser.post("/admin/sharing-groups", Map.of("name", "Audited group", "members", bank));
        new Http(port).json("POST", "/api/v1/organisations", basic("admin@cert.demo", "sipar-demo"),
                "{\"name\":\"Audited Org\",\"kind\":\"ACADEMIA\"}");

        Map<String, Object> failed = entry("sign-in", "analyst@bank.demo");
        assertThat(failed).containsEntry("outcome", "failure");
        assertThat(failed.get("ip")).isIn("127.0.0.1", "::1");
        assertThat(entry("sign-in", "admin@cert.demo")).containsEntry("outcome", "success");
        assertThat(entry("token.created", "admin@cert.demo")).containsEntry("target", "token " + tokenId);
        assertThat(entry("token.revoked", "admin@cert.demo")).containsEntry("target", "token " + tokenId);
        assertThat(entry("sharing-group.created", "admin@cert.demo").get("details")).asString().contains(bank);
        assertThat(entry("organisation.registered", "admin@cert.demo").get("details")).asString().contains("Audited Org");

        String page = browser.get("/admin/audit?action=token.").body();
        assertThat(page).contains("token.created", "token.revoked").doesNotContain(">sign-in<");
    }

    private Map<String, Object> entry(String action, String actor) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select action, actor, target, outcome, host(source_ip) as ip, details::text as details
                from audit_log where action = ? and actor = ? order by id desc""")
                .params(action, actor).query().listOfRows();
        assertThat(rows).as("audit entries for %s by %s", action, actor).isNotEmpty();
        return rows.getFirst();
    }
}
