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

/** Bad input is refused with an error naming the field and the value, and nothing is saved. */
@DemoPlatform
class BadInputTests {

    static final String HUB = basic("admin@cert.demo", "sipar-demo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void invalidNetworksAreNamedOneByOne() {
        HttpResponse<String> response = register("Bad Networks Ltd",
                "\"networks\":[\"10.0.0.1/8\",\"300.1.2.0/24\",\"2001:db8::/129\",\"example.com\",\"192.0.2.0/24\"]");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"field\":\"networks\"", "10.0.0.1/8", "host bits set; the network is 10.0.0.0/8",
                "300.1.2.0/24", "2001:db8::/129", "prefix length outside 0..128", "example.com")
                .doesNotContain("\"value\":\"192.0.2.0/24\"");
        assertNotSaved("Bad Networks Ltd");
    }

    @Test
    void invalidAsnsAndDomainsAreNamed() {
        HttpResponse<String> response = register("Bad Assets Ltd",
                "\"asns\":[\"AS4294967296\",\"-5\",\"0\",\"AS64500\"],\"domains\":[\"exa mple.com\",\"-bad-.com\",\"localhost\",\"ok.example.pk\"]");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("AS4294967296", "-5", "\"value\":\"0\"", "is not an AS number",
                "exa mple.com", "-bad-.com", "localhost", "is not a domain name")
                .doesNotContain("\"value\":\"ok.example.pk\"");
        assertNotSaved("Bad Assets Ltd");
    }

    @Test
    void validAssetsAreNormalisedAndStoredNatively() {
        HttpResponse<String> response = register("Good Assets Ltd",
                "\"networks\":[\"2001:DB8:ABCD::/48\",\"198.51.100.7\"],\"asns\":[\"as64511\"],\"domains\":[\"Bücher.example\"]");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("2001:db8:abcd::/48", "198.51.100.7/32", "64511", "xn--bcher-kva.example");
        String owner = jdbc.sql("select o.name from organisation_networks n join organisations o on o.id = n.organisation_id"
                + " where n.network >>= '2001:db8:abcd:1::5'::inet").query(String.class).single();
        assertThat(owner).isEqualTo("Good Assets Ltd");
    }

    @Test
    void overLongFieldsAndUnknownKindAreRefused() {
        String longName = "N".repeat(201);
        HttpResponse<String> response = new Http(port).json("POST", "/api/v1/organisations", HUB,
                "{\"name\":\"" + longName + "\",\"kind\":\"PIRATE\",\"sector\":\"" + "s".repeat(101) + "\",\"contactEmail\":\"not-an-email\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"name\"", "201 characters long; at most 200",
                "\"field\":\"kind\"", "PIRATE", "\"field\":\"sector\"", "\"field\":\"contactEmail\"", "not-an-email");
        assertThat(jdbc.sql("select count(*) from organisations where length(name) > 200").query(Long.class).single()).isZero();
    }

    @Test
    void duplicateEmailIsRefusedWhateverItsCase() {
        String org = jdbc.sql("select id::text from organisations where name = 'Indus Telecom'").query(String.class).single();
        HttpResponse<String> response = new Http(port).json("POST", "/api/v1/people", HUB,
                "{\"email\":\"Analyst@Telco.Demo\",\"displayName\":\"Twin\",\"organisationId\":\"" + org + "\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"email\"", "analyst@telco.demo", "already belongs to another person");
        assertThat(jdbc.sql("select count(*) from people where lower(email) = 'analyst@telco.demo'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void duplicateOrganisationNameAndShortPasswordAreRefused() {
        assertThat(register("first national bank", "").body()).contains("is already the name of another organisation");
        String org = jdbc.sql("select id::text from organisations where name = 'Indus Telecom'").query(String.class).single();
        HttpResponse<String> response = new Http(port).json("POST", "/api/v1/people", HUB,
                "{\"email\":\"weak@telco.demo\",\"displayName\":\"Weak\",\"organisationId\":\"" + org + "\",\"password\":\"short\"}");
        assertThat(response.body()).contains("\"field\":\"password\"", "must be from 12 to 200 characters long").doesNotContain("short\"");
        assertThat(jdbc.sql("select count(*) from people where email = 'weak@telco.demo'").query(Long.class).single()).isZero();
    }

    @Test
    void formShowsEveryProblemAndKeepsWhatWasTyped() {
        Http browser = new Http(port);
        browser.signIn("admin@cert.demo", "sipar-demo");
        browser.get("/admin/organisations/new");
        HttpResponse<String> page = browser.post("/admin/organisations", Map.of("name", "Typed Name Ltd", "kind", "PRIVATE",
                "networks", "10.1.1.1/16", "asns", "", "domains", "bad..domain"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"form-errors\"", "10.1.1.1/16", "bad..domain", "value=\"Typed Name Ltd\"");
        assertNotSaved("Typed Name Ltd");
    }

    @Test
    void urduFormNamesTheFieldsAndProblemsInUrduAndEnglishInEnglish() {
        Http browser = new Http(port);
        browser.signIn("admin@cert.demo", "sipar-demo");
        Map<String, String> form = Map.of("name", "Urdu Errors Ltd", "kind", "PRIVATE", "networks", "10.1.1.1/16",
                "asns", "", "domains", "bad..domain");
        browser.get("/admin/organisations/new?lang=ur");
        String urdu = browser.post("/admin/organisations", form).body();
        assertThat(urdu).contains("<strong>نیٹ ورک</strong>", "اس میں ہوسٹ بٹس موجود ہیں؛ نیٹ ورک 10.1.0.0/16 ہے",
                "<strong>ڈومین</strong>", "ڈومین نام نہیں ہے").doesNotContain("has host bits set");
        browser.get("/admin/organisations/new?lang=en");
        String english = browser.post("/admin/organisations", form).body();
        assertThat(english).contains("<strong>Networks</strong>", "has host bits set; the network is 10.1.0.0/16")
                .doesNotContain("ہوسٹ بٹس");
        assertNotSaved("Urdu Errors Ltd");
    }

    @Test
    void nulInAFormFieldIsRefusedNamingTheFieldAndNothingIsSaved() {
        Http browser = new Http(port);
        browser.signIn("admin@cert.demo", "sipar-demo");
        browser.get("/admin/organisations/new");
        HttpResponse<String> page = browser.post("/admin/organisations", Map.of("name", "Nul\u0000Name Ltd", "kind", "PRIVATE",
                "networks", "", "asns", "", "domains", ""));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The parameter name holds a character that cannot be used");
        assertThat(jdbc.sql("select count(*) from organisations where name like 'Nul%Name Ltd'").query(Long.class).single()).isZero();
    }

    @Test
    void nulInAnApiQueryParameterIsAProblemNamingItNotADatabaseError() {
        HttpResponse<String> response = new Http(port).json("GET", "/api/v1/people?organisation=%00", HUB, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"organisation\"", "U+0000").doesNotContainIgnoringCase("sql");
    }

    private HttpResponse<String> register(String name, String extra) {
        return new Http(port).json("POST", "/api/v1/organisations", HUB,
                "{\"name\":\"" + name + "\",\"kind\":\"PRIVATE\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    private void assertNotSaved(String name) {
        assertThat(jdbc.sql("select count(*) from organisations where name = ?").param(name).query(Long.class).single()).isZero();
    }
}
