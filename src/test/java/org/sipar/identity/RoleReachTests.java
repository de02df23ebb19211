package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each role reaches exactly what it should, through the API and the pages. */
@DemoPlatform
class RoleReachTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hubAdministratorSeesEveryOrganisationAndPerson() {
        Http api = new Http(port);
        String orgs = api.json("GET", "/api/v1/organisations", basic("admin@cert.demo", PASSWORD), null).body();
        assertThat(orgs).contains("First National Bank", "Indus Telecom", "National Internet Community");
        String people = api.json("GET", "/api/v1/people", basic("admin@cert.demo", PASSWORD), null).body();
        assertThat(people).contains("admin@bank.demo", "admin@telco.demo");
    }

    @Test
    void organisationAdministratorSeesOnlyTheirOwnOrganisationAndPeople() {
        Http api = new Http(port);
        String orgs = api.json("GET", "/api/v1/organisations", basic("admin@bank.demo", PASSWORD), null).body();
        assertThat(orgs).contains("First National Bank").doesNotContain("Indus Telecom");
        String people = api.json("GET", "/api/v1/people", basic("admin@bank.demo", PASSWORD), null).body();
        assertThat(people).contains("analyst@bank.demo").doesNotContain("telco.demo", "cert.demo");
        assertThat(api.json("GET", "/api/v1/organisations/" + org("Indus Telecom"),
                basic("admin@bank.demo", PASSWORD), null).statusCode()).isEqualTo(404);
    }

    @Test
    void organisationAdministratorCannotChangeAnotherOrganisation() {
        HttpResponse<String> response = new Http(port).json("PUT", "/api/v1/organisations/" + org("Indus Telecom"),
                basic("admin@bank.demo", PASSWORD), "{\"name\":\"Hijacked\",\"kind\":\"PRIVATE\"}");
        assertThat(response.statusCode()).isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from organisations where name = 'Hijacked'").query(Long.class).single()).isZero();
    }

    @Test
    void organisationAdministratorCannotAddPeopleElsewhereNorGrantHubAdministrator() {
        Http api = new Http(port);
        HttpResponse<String> elsewhere = api.json("POST", "/api/v1/people", basic("admin@bank.demo", PASSWORD),
                person("intruder@telco.demo", org("Indus Telecom"), "MEMBER"));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        HttpResponse<String> escalate = api.json("POST", "/api/v1/people", basic("admin@bank.demo", PASSWORD),
                person("boss@bank.demo", org("First National Bank"), "HUB_ADMIN"));
        assertThat(escalate.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from people where email in ('intruder@telco.demo', 'boss@bank.demo')")
                .query(Long.class).single()).isZero();
        HttpResponse<String> own = api.json("POST", "/api/v1/people", basic("admin@bank.demo", PASSWORD),
                person("teller@bank.demo", org("First National Bank"), "ANALYST"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    }

    @Test
    void analystsAndMembersManageNothing() {
        Http api = new Http(port);
        assertThat(api.json("GET", "/api/v1/people", basic("analyst@bank.demo", PASSWORD), null).statusCode()).isEqualTo(403);
        assertThat(api.json("POST", "/api/v1/organisations", basic("analyst@cert.demo", PASSWORD),
                "{\"name\":\"Rogue\",\"kind\":\"OTHER\"}").statusCode()).isEqualTo(403);
        Http browser = new Http(port);
        browser.signIn("member@bank.demo", PASSWORD);
        assertThat(browser.get("/admin/organisations").statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin/people").statusCode()).isEqualTo(403);
        assertThat(browser.get("/account/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyHubAdministratorsReachSharingGroupsAndAudit() {
        Http orgAdmin = new Http(port);
        orgAdmin.signIn("admin@telco.demo", PASSWORD);
        assertThat(orgAdmin.get("/admin/sharing-groups").statusCode()).isEqualTo(403);
        assertThat(orgAdmin.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(new Http(port).json("POST", "/api/v1/sharing-groups", basic("admin@telco.demo", PASSWORD),
                "{\"name\":\"Telcos\"}").statusCode()).isEqualTo(403);
        Http hub = new Http(port);
        hub.signIn("admin@cert.demo", PASSWORD);
        assertThat(hub.get("/admin/sharing-groups").body()).contains("Finance and telecom sector");
        assertThat(hub.get("/admin/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void organisationAdministratorEditsOwnOrganisationThroughThePage() {
        Http browser = new Http(port);
        browser.signIn("admin@nic.demo", PASSWORD);
        String id = org("National Internet Community");
        assertThat(browser.get("/admin/organisations/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> saved = browser.post("/admin/organisations/" + id, Map.of("name", "National Internet Community",
                "kind", "INTERNET_COMMUNITY", "sector", "Internet governance", "contactEmail", "noc@nic.demo",
                "networks", "192.0.2.64/26\n2001:db8:20::/48\n198.18.0.0/15", "asns", "AS64497", "domains", "nic.demo"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from organisation_networks where network = '198.18.0.0/15'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(browser.get("/admin/organisations/" + org("Indus Telecom")).statusCode()).isEqualTo(404);
    }

    private String org(String name) {
        return jdbc.sql("select id::text from organisations where name = ?").param(name).query(String.class).single();
    }

    private static String person(String email, String org, String role) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"Someone\",\"organisationId\":\"" + org
                + "\",\"roles\":[\"" + role + "\"],\"password\":\"a-long-enough-password\"}";
    }
}
