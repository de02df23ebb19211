package org.sipar.stream.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;

/**
 * Sipar to Sipar: the CERT pulls, over loopback, the bank's submissions collection from this very instance's
 * TAXII server with an API token of the bank's analyst. An object, its revocation and its deletion all travel
 * (the deletion by the reconciliation that a run makes every {@code sipar.federation.reconcile-every}).
 */
@DemoPlatform
class SiparToSiparTests extends FederationFixture {

    static final String BANK = "analyst@bank.demo";

    @Test
    void anObjectItsRevocationAndItsDeletionTravelBetweenTwoSipars() {
        String token = FederationFixture.json(http().json("POST", "/api/v1/tokens", Http.basic(BANK, PASSWORD),
                "{\"name\":\"federation " + UUID.randomUUID() + "\",\"scope\":\"taxii\"}").body()).path("token").asString();
        Reader bank = reader(BANK);
        Reader cert = reader(ADMIN);
        UUID collection = UUID.nameUUIDFromBytes(("sipar-taxii-submissions:" + bank.organisationId())
                .getBytes(StandardCharsets.UTF_8));
        String id = newIndicatorId();
        publish(bank, cert, indicator(id, "2026-01-02T00:00:00.000Z", false));

        UUID link = link("http://127.0.0.1:" + port + "/taxii2/api/", collection.toString(), "PULL", "BEARER", null, token);
        LinkRunner.Outcome first = runner.run(link).orElseThrow();
        assertThat(first.error()).isNull();
        List<StoredObject> held = copyOf(cert, id);
        assertThat(held).singleElement().satisfies(v -> assertThat(v.tlp()).isEqualTo(Tlp.AMBER));
        assertThat(intelligence.held(cert, id)).as("the CERT holds a copy of its own").isPresent();
        assertThat(origins.of(id)).singleElement().satisfies(o -> assertThat(o.remoteAdded()).isNotNull());

        publish(bank, cert, indicator(id, "2026-01-03T00:00:00.000Z", true));
        assertThat(runner.run(link).orElseThrow().error()).isNull();
        assertThat(copyOf(cert, id)).extracting(StoredObject::revoked).containsExactly(false, true);

        assertThat(intelligence.delete(bank, false, ObjectQuery.all(10).withIds(List.of(id))
                .withVersions(List.of(org.sipar.intel.VersionSelection.ALL)))).isEqualTo(2);
        // A run reconciles once sipar.federation.reconcile-every has passed (here at once): the deletion travels.
        assertThat(runner.run(link, settings.reconcilingEvery(java.time.Duration.ofMillis(1))).orElseThrow().error()).isNull();
        Reconciliation r = tools.jackson.databind.json.JsonMapper.shared().readValue(state(link).lastReconcile(),
                Reconciliation.class);
        assertThat(r.complete()).isTrue();
        assertThat(state(link).reconciledAt()).isNotNull();
        assertThat(r.missingThere()).contains(id + "@2026-01-02T00:00:00Z", id + "@2026-01-03T00:00:00Z");
        assertThat(copyOf(cert, id)).as("the deletion travelled").isEmpty();
        assertThat(intelligence.held(cert, id)).isEmpty();
    }

    /** The CERT's own copy of {@code id}: every version its readers are shown. */
    private List<StoredObject> copyOf(Reader cert, String id) {
        return versions(cert, id);
    }

    private void publish(Reader bank, Reader cert, String object) {
        intelligence.ingest(new ByteArrayInputStream(bundle(object).getBytes(StandardCharsets.UTF_8)),
                new Publication(bank.organisationId(), bank.personId(), Set.of(cert.organisationId()), Set.of(), Set.of(), "test"));
    }

    private static String indicator(String id, String modified, boolean revoked) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z","modified":"%s",
                 "name":"Federated indicator","pattern":"[ipv4-addr:value = '198.51.100.9']","pattern_type":"stix",
                 "valid_from":"2026-01-01T00:00:00Z","revoked":%s,"object_marking_refs":["%s"]}"""
                .formatted(id, modified, revoked, Tlp.AMBER.markingId());
    }
}
