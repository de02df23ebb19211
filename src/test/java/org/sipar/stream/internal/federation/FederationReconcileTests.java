package org.sipar.stream.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * Reconciling a link on demand: the remote manifest against what we hold from the link; what is missing here is
 * fetched, what the remote no longer lists is deleted here (how a deletion upstream reaches us), and the
 * differences are said, through the API and on the link's page.
 */
@DemoPlatform
class FederationReconcileTests extends FederationFixture {

    static final String V1 = "2026-01-02T00:00:00.000Z";

    @Test
    void reconcilingFetchesWhatIsMissingDeletesWhatIsGoneAndSaysWhatDiffered() throws Exception {
        String kept = newIndicatorId();
        String gone = newIndicatorId();
        String missing = newIndicatorId();
        AtomicBoolean later = new AtomicBoolean();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> {
                if (r.uri().contains("/manifest/")) {
                    return FakeTaxii.Answer.taxii(manifest(kept, missing));
                }
                if (r.uri().contains("match[id]=")) {
                    return FakeTaxii.Answer.taxii(envelope(false, null, indicator(missing, V1, Tlp.GREEN)));
                }
                return FakeTaxii.Answer.taxii(later.get() ? "{\"more\":false}"
                        : envelope(false, null, indicator(kept, V1, Tlp.GREEN), indicator(gone, V1, Tlp.GREEN)));
            });
            UUID link = link(remote.apiRoot(), "r", "PULL");
            assertThat(runner.run(link).orElseThrow().pulled()).isEqualTo(2);
            later.set(true);

            var answer = http().json("POST", "/api/v1/federation/links/" + link + "/reconcile",
                    Http.basic(ADMIN, PASSWORD), null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode r = json(answer.body());
            assertThat(r.path("missingHere").toString()).contains(missing + "@2026-01-02T00:00:00Z");
            assertThat(r.path("missingThere").toString()).contains(gone + "@2026-01-02T00:00:00Z");
            assertThat(r.path("fetched").asInt()).isEqualTo(1);
            assertThat(r.path("deleted").asInt()).isEqualTo(1);
            assertThat(r.path("complete").asBoolean()).isTrue();
            assertThat(versions(reader(ADMIN), missing)).hasSize(1);
            assertThat(versions(reader(ADMIN), gone)).isEmpty();
            assertThat(versions(reader(ADMIN), kept)).hasSize(1);

            var again = json(http().json("POST", "/api/v1/federation/links/" + link + "/reconcile",
                    Http.basic(ADMIN, PASSWORD), null).body());
            assertThat(again.path("missingHere").isEmpty() && again.path("missingThere").isEmpty()).isTrue();
            Http browser = http();
            browser.signIn(ADMIN, PASSWORD);
            assertThat(browser.get("/admin/federation/" + link).body()).contains("id=\"reconciliation\"");
            String name = links.find(link).orElseThrow().name();
            assertThat(browser.get("/admin/audit?action=stream.federation.").body()).contains(
                    ADMIN + " created the federation link “" + name + "” (PULL, " + remote.apiRoot() + " collection r, every 5m)",
                    ADMIN + " reconciled the federation link “" + name + "”: 1 missing here, 1 missing there, 0 in other versions; 1 fetched");
            assertThat(browser.get("/admin/audit?action=stream.federation.&lang=ur").body())
                    .contains(ADMIN + " نے وفاقی ربط “" + name + "” کا موازنہ کیا: یہاں 1 غائب، وہاں 1 غائب");
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'stream.federation.reconcile' and target = ?")
                    .param(link.toString()).query(Long.class).single()).isEqualTo(2);
        }
    }

    @Test
    void aManifestCutShortDeletesNothing() throws Exception {
        String held = newIndicatorId();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> r.uri().contains("/manifest/")
                    ? FakeTaxii.Answer.taxii("{\"more\":true,\"next\":\"m" + UUID.randomUUID() + "\",\"objects\":[]}")
                    : FakeTaxii.Answer.taxii(envelope(false, null, indicator(held, V1, Tlp.GREEN))));
            UUID link = link(remote.apiRoot(), "short", "PULL");
            runner.run(link).orElseThrow();
            Reconciliation r = runner.reconcile(links.find(link).orElseThrow());
            assertThat(r.complete()).isFalse();
            assertThat(r.deleted()).isZero();
            assertThat(versions(reader(ADMIN), held)).hasSize(1);
        }
    }

    static String manifest(String... ids) {
        StringBuilder b = new StringBuilder("{\"more\":false,\"objects\":[");
        for (int i = 0; i < ids.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(ids[i]).append("\",\"date_added\":\"2026-02-01T00:00:00.000Z\",")
                    .append("\"version\":\"").append(V1).append("\",\"media_type\":\"application/stix+json;version=2.1\"}");
        }
        return b.append("]}").toString();
    }
}
