package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Actions a role may not take are not offered: each role's pages show the links, buttons and choices it can use,
 * and none it would be refused (the refusals themselves are {@link RoleReachTests}'). One test per role.
 */
@DemoPlatform
class RoleOfferTests {

    static final String PASSWORD = "sipar-demo";
    static final String NEW_ORGANISATION = "href=\"/admin/organisations/new\"";
    static final String NEW_PERSON = "href=\"/admin/people/new\"";
    static final String SHARING_GROUPS = "href=\"/admin/sharing-groups\"";
    static final String AUDIT = "href=\"/admin/audit\"";
    static final String ORGANISATIONS = "href=\"/admin/organisations\"";
    static final String PEOPLE = "href=\"/admin/people\"";
    static final String IMPORT = "href=\"/intel/import\"";
    static final String HUB_ROLE = "value=\"HUB_ADMIN\"";
    static final String WRITE_SCOPE = "name=\"scope\" value=\"write\"";
    static final String TOKEN_FORM = "action=\"/account/tokens\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHubAdministratorIsOfferedEverything() {
        Http hub = signedIn("admin@cert.demo");
        assertThat(hub.get("/dashboard").body()).contains(ORGANISATIONS, PEOPLE, SHARING_GROUPS, AUDIT);
        assertThat(hub.get("/admin/organisations").body()).contains(NEW_ORGANISATION);
        assertThat(hub.get("/admin/people/new").body()).contains(HUB_ROLE);
        assertThat(hub.get("/admin/organisations/" + org("Indus Telecom")).body()).contains("<select id=\"kind\" name=\"kind\">");
        assertThat(hub.get("/intel").body()).contains(IMPORT);
        assertThat(hub.get("/account/tokens").body()).contains(TOKEN_FORM, WRITE_SCOPE);
    }

    @Test
    void anOrganisationAdministratorIsOfferedTheirOrganisationOnly() {
        Http admin = signedIn("admin@bank.demo");
        String dashboard = admin.get("/dashboard").body();
        assertThat(dashboard).contains(ORGANISATIONS, PEOPLE).doesNotContain(SHARING_GROUPS, AUDIT);
        assertThat(admin.get("/admin/organisations").body()).doesNotContain(NEW_ORGANISATION);
        assertThat(admin.get("/admin/people").body()).contains(NEW_PERSON);
        assertThat(admin.get("/admin/people/new").body()).doesNotContain(HUB_ROLE).contains("value=\"ANALYST\"");
        // The kind of an organisation is the hub's to change: shown, not offered.
        assertThat(admin.get("/admin/organisations/" + org("First National Bank")).body())
                .containsPattern("<select id=\"kind\" name=\"kind\" disabled");
        assertThat(admin.get("/account/tokens").body()).contains(TOKEN_FORM, WRITE_SCOPE);
    }

    @Test
    void anAnalystIsOfferedPublishingButNoAdministration() {
        Http analyst = signedIn("analyst@bank.demo");
        assertThat(analyst.get("/dashboard").body()).doesNotContain(ORGANISATIONS, PEOPLE, SHARING_GROUPS, AUDIT);
        assertThat(analyst.get("/intel").body()).contains(IMPORT);
        assertThat(analyst.get("/account/tokens").body()).contains(TOKEN_FORM, WRITE_SCOPE);
    }

    @Test
    void aMemberIsOfferedReadingOnly() {
        Http member = signedIn("member@bank.demo");
        String dashboard = member.get("/dashboard").body();
        assertThat(dashboard).doesNotContain(ORGANISATIONS, PEOPLE, SHARING_GROUPS, AUDIT, "href=\"/admin/");
        assertThat(member.get("/intel").body()).doesNotContain(IMPORT);
        // A member's token can only read, so the form offers the read and TAXII scopes, not write.
        String tokens = member.get("/account/tokens").body();
        assertThat(tokens).contains(TOKEN_FORM, "name=\"scope\" value=\"read\"", "name=\"scope\" value=\"taxii\"")
                .doesNotContain(WRITE_SCOPE);
    }

    private String org(String name) {
        return jdbc.sql("select id::text from organisations where name = ?").param(name).query(String.class).single();
    }

    private Http signedIn(String email) {
        Http http = new Http(port);
        assertThat(http.signIn(email, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/dashboard"));
        return http;
    }
}
