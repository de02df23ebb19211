package org.sipar.stream.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;

/**
 * Pulling a remote collection: pages followed through next, each imported with a report, the cursor moved after
 * each page, the origin of every object recorded and shown; nothing new upstream costs one request.
 */
@DemoPlatform
class FederationPullTests extends FederationFixture {

    @Test
    void aPullImportsEveryPageMovesTheCursorAndANoOpSyncCostsOneRequest() throws Exception {
        String first = newIndicatorId();
        String second = newIndicatorId();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> {
                if (r.uri().contains("added_after=2026-02-02")) {
                    return FakeTaxii.Answer.taxii("{\"more\":false}");
                }
                if (r.uri().contains("next=page2")) {
                    return FakeTaxii.Answer.taxii(envelope(false, null, indicator(second, "2026-01-03T00:00:00.000Z", Tlp.GREEN)),
                            "X-TAXII-Date-Added-Last", "2026-02-02T00:00:00.000000Z");
                }
                return FakeTaxii.Answer.taxii(envelope(true, "page2", indicator(first)),
                        "X-TAXII-Date-Added-Last", "2026-02-01T00:00:00.000000Z");
            });
            UUID link = link(remote.apiRoot(), "col-1", "PULL");
            LinkRunner.Outcome outcome = runner.run(link).orElseThrow();

            assertThat(outcome.error()).isNull();
            assertThat(outcome.pulled()).isEqualTo(2);
            assertThat(remote.requests).extracting(FakeTaxii.Request::uri).containsExactly(
                    "/api/collections/col-1/objects/?limit=1000", "/api/collections/col-1/objects/?limit=1000&next=page2");
            assertThat(remote.requests.getFirst().authorization()).isNull();
            assertThat(versions(reader(ADMIN), first)).hasSize(1);
            assertThat(versions(reader(ADMIN), second).getFirst().tlp()).isEqualTo(Tlp.GREEN);
            assertThat(state(link).pullCursor()).isEqualTo("2026-02-02T00:00:00.000000Z");
            assertThat(state(link).pulled()).isEqualTo(2);
            assertThat(origins.of(first)).singleElement().satisfies(o -> {
                assertThat(o.linkId()).isEqualTo(link);
                assertThat(o.remoteCollection()).isEqualTo("col-1");
                assertThat(o.remoteAdded()).isEqualTo("2026-02-01T00:00:00Z");
            });
            assertThat(origins.imports(link, 10)).as("pages gathered into one import").singleElement()
                    .satisfies(i -> assertThat(i.accepted()).isEqualTo(2));

            remote.requests.clear();
            assertThat(runner.run(link).orElseThrow().pulled()).isZero();
            assertThat(remote.requests).as("a no-op sync is one request, after the cursor").extracting(FakeTaxii.Request::uri)
                    .containsExactly("/api/collections/col-1/objects/?limit=1000&added_after=2026-02-02T00%3A00%3A00.000000Z");
        }
    }

    @Test
    void aRunThatFailsMidwayKeepsTheCursorAtTheLastImportAndTheNextRunResumes() throws Exception {
        String first = newIndicatorId();
        String second = newIndicatorId();
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> {
                if (r.uri().contains("next=p2")) {
                    return broken.get() ? new FakeTaxii.Answer(502, "text/plain", "bad gateway")
                            : FakeTaxii.Answer.taxii(envelope(false, null, indicator(second)),
                            "X-TAXII-Date-Added-Last", "2026-06-02T00:00:00.000000Z");
                }
                return FakeTaxii.Answer.taxii(envelope(true, "p2", indicator(first)),
                        "X-TAXII-Date-Added-Last", "2026-06-01T00:00:00.000000Z");
            });
            UUID link = link(remote.apiRoot(), "resume", "PULL");
            assertThat(runner.run(link).orElseThrow().error()).contains("HTTP 502");
            assertThat(state(link).pullCursor()).as("nothing was imported, so the cursor stays").isNull();
            assertThat(versions(reader(ADMIN), first)).isEmpty();
            broken.set(false);
            assertThat(runner.run(link).orElseThrow().error()).isNull();
            assertThat(state(link).pullCursor()).isEqualTo("2026-06-02T00:00:00.000000Z");
            assertThat(state(link).failures()).isZero();
            assertThat(versions(reader(ADMIN), first)).hasSize(1);
            assertThat(versions(reader(ADMIN), second)).hasSize(1);
        }
    }

    @Test
    void theObjectPageAndTheLinkPageShowWhereAPulledObjectCameFrom() throws Exception {
        String id = newIndicatorId();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> FakeTaxii.Answer.taxii(envelope(false, null, indicator(id)),
                    "X-TAXII-Date-Added-Last", "2026-03-01T00:00:00.000000Z"));
            UUID link = link(remote.apiRoot(), "shown", "PULL");
            runner.run(link).orElseThrow();
            Http browser = http();
            browser.signIn(ADMIN, PASSWORD);
            String object = browser.get("/intel/objects/" + id).body();
            assertThat(object).contains("href=\"/admin/federation/" + link + "\"", "shown");
            String page = browser.get("/admin/federation/" + link).body();
            assertThat(page).contains(id, "/intel/imports/");
            Http other = http();
            other.signIn("analyst@bank.demo", PASSWORD);
            assertThat(other.get("/intel/objects/" + id).body()).doesNotContain("/admin/federation/");
        }
    }

    @Test
    void credentialsAreSentButNeverShownBack() throws Exception {
        try (FakeTaxii remote = new FakeTaxii()) {
            UUID link = link(remote.apiRoot(), "secret", "PULL", "BEARER", null, "t0ps3cret");
            runner.run(link).orElseThrow();
            assertThat(remote.requests.getFirst().authorization()).isEqualTo("Bearer t0ps3cret");
            String shown = http().json("GET", "/api/v1/federation/links/" + link, Http.basic(ADMIN, PASSWORD), null).body();
            assertThat(shown).contains("\"hasSecret\":true").doesNotContain("t0ps3cret");
            assertThat(jdbc.sql("select auth_secret from stream_federation_links where id = ?").param(link)
                    .query(String.class).single()).doesNotContain("t0ps3cret");
            UUID basic = link(remote.apiRoot(), "basic", "PULL", "BASIC", "cert", "pw");
            runner.run(basic).orElseThrow();
            assertThat(remote.requests.getLast().authorization()).isEqualTo(Http.basic("cert", "pw"));
            String audit = jdbc.sql("select string_agg(action || ' ' || details::text, '\n') from audit_log where target = ?")
                    .param(link.toString()).query(String.class).single();
            assertThat(audit).contains("stream.federation.create").doesNotContain("t0ps3cret");
        }
    }

    @Test
    void aBadLinkIsRefusedNamingEachBadValue() {
        String body = """
                {"name":"","apiRoot":"http://10.0.0.1/taxii/","collection":"a b","auth":"BASIC","direction":"sideways",
                 "every":"1s","unmarkedTlp":"PURPLE","pushMaxTlp":"RED"}""";
        var answer = http().json("POST", "/api/v1/federation/links", Http.basic(ADMIN, PASSWORD), body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"name\"", "\"field\":\"apiRoot\"", "\"field\":\"collection\"",
                "\"field\":\"user\"", "\"field\":\"secret\"", "\"field\":\"direction\"", "\"field\":\"every\"",
                "\"field\":\"unmarkedTlp\"", "\"field\":\"pushMaxTlp\"", "sideways", "PURPLE");
    }

    @Test
    void anOrganisationAdministratorManagesOnlyTheirOwnOrganisationsLinks() throws Exception {
        try (FakeTaxii remote = new FakeTaxii()) {
            UUID certs = link(remote.apiRoot(), "certs", "PULL");
            String bankAdmin = Http.basic("admin@bank.demo", PASSWORD);
            assertThat(http().json("GET", "/api/v1/federation/links/" + certs, bankAdmin, null).statusCode()).isEqualTo(404);
            String body = """
                    {"name":"bank link","organisation":"%s","apiRoot":"%s","collection":"c","auth":"NONE","direction":"PULL",
                     "every":"5m","unmarkedTlp":"GREEN","pushMaxTlp":"GREEN"}""".formatted(reader(ADMIN).organisationId(), remote.apiRoot());
            assertThat(http().json("POST", "/api/v1/federation/links", bankAdmin, body).statusCode()).isEqualTo(403);
            String own = body.replace(reader(ADMIN).organisationId().toString(), reader("admin@bank.demo").organisationId().toString());
            assertThat(http().json("POST", "/api/v1/federation/links", bankAdmin, own).statusCode()).isEqualTo(201);
            assertThat(http().json("GET", "/api/v1/federation/links", Http.basic("analyst@bank.demo", PASSWORD), null)
                    .statusCode()).isEqualTo(403);
            List<String> names = json(http().json("GET", "/api/v1/federation/links", bankAdmin, null).body())
                    .valueStream().map(n -> n.path("name").asString()).toList();
            assertThat(names).containsExactly("bank link");
        }
    }
}
