package org.sipar.stream.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;

/**
 * Pushing: what the link's organisation publishes, at most the link's TLP, goes to the remote collection; what
 * came from that remote never goes back to it (one link pulling and pushing, or two links forming a loop); a
 * deletion goes out as a TAXII DELETE of what was sent.
 */
@DemoPlatform
class FederationPushTests extends FederationFixture {

    static final String ANALYST = "analyst@cert.demo";

    @Test
    void aPushSendsTheOrganisationsOwnIntelligenceWithinItsTlpAndNeverWhatCameFromThatRemote() throws Exception {
        String pulled = newIndicatorId();
        String own = newIndicatorId();
        String strict = newIndicatorId();
        String others = newIndicatorId();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> switch (r.method()) {
                case "POST" -> FakeTaxii.Answer.taxii("{\"id\":\"s1\",\"status\":\"complete\",\"total_count\":1,"
                        + "\"success_count\":1,\"failure_count\":0,\"pending_count\":0}");
                case "DELETE" -> FakeTaxii.Answer.taxii("{}");
                default -> FakeTaxii.Answer.taxii(envelope(false, null, indicator(pulled, "2026-01-02T00:00:00.000Z", Tlp.GREEN)),
                        "X-TAXII-Date-Added-Last", "2026-05-01T00:00:00.000000Z");
            });
            UUID both = link(remote.apiRoot(), "x", "BOTH");
            publish(ANALYST, indicator(own, "2026-01-02T00:00:00.000Z", Tlp.GREEN));
            publish(ANALYST, indicator(strict, "2026-01-02T00:00:00.000Z", Tlp.AMBER_STRICT));
            publish("analyst@bank.demo", indicator(others, "2026-01-02T00:00:00.000Z", Tlp.GREEN));
            assertThat(run(both).error()).isNull();

            String sent = String.join("\n", remote.of("POST").stream().map(FakeTaxii.Request::body).toList());
            assertThat(remote.of("POST")).allSatisfy(p -> assertThat(p.uri()).isEqualTo("/api/collections/x/objects/"));
            assertThat(sent).contains(own).doesNotContain(pulled).doesNotContain(strict).doesNotContain(others);
            assertThat(state(both).pushed()).isPositive();

            UUID loop = link(remote.apiRoot(), "x", "PUSH");
            remote.requests.clear();
            assertThat(run(loop).error()).isNull();
            String looped = String.join("\n", remote.of("POST").stream().map(FakeTaxii.Request::body).toList());
            assertThat(looped).as("a second link to the same remote collection").contains(own).doesNotContain(pulled);

            remote.requests.clear();
            Reader analyst = reader(ANALYST);
            assertThat(intelligence.delete(analyst, false, ObjectQuery.all(10).withIds(List.of(own)))).isEqualTo(1);
            assertThat(run(both).error()).isNull();
            assertThat(remote.of("DELETE")).extracting(FakeTaxii.Request::uri).contains(
                    "/api/collections/x/objects/" + own + "/?match[version]=2026-01-02T00%3A00%3A00.000Z");
        }
    }

    @Test
    void objectsTheRemoteRefusedAreSaidOnTheLink() throws Exception {
        String own = newIndicatorId();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> FakeTaxii.Answer.taxii("{\"id\":\"s2\",\"status\":\"complete\",\"total_count\":1,"
                    + "\"success_count\":0,\"failure_count\":1,\"pending_count\":0,\"failures\":[{\"id\":\"" + own
                    + "\",\"message\":\"not welcome\"}]}"));
            UUID push = link(remote.apiRoot(), "refusing", "PUSH");
            publish(ANALYST, indicator(own, "2026-01-02T00:00:00.000Z", Tlp.CLEAR));
            assertThat(run(push).error()).isNull();
            assertThat(state(push).lastNote()).contains("refused", "not welcome");
        }
    }

    /** Runs a link, waiting for a run the scheduler may have begun meanwhile. */
    LinkRunner.Outcome run(UUID link) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var outcome = runner.run(link);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("link " + link + " stayed leased");
    }

    void publish(String email, String object) {
        Reader publisher = reader(email);
        intelligence.ingest(new ByteArrayInputStream(bundle(object).getBytes(StandardCharsets.UTF_8)),
                new Publication(publisher.organisationId(), publisher.personId(), Set.of(), Set.of(), Set.of(), "test"));
    }
}
