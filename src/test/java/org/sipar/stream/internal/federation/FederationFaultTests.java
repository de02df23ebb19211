package org.sipar.stream.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Misbehaving remotes: each failure is a clear error on the link (its last error, when, failures in a row) and
 * leaves nothing changed here (no object imported, the cursor where it was). One unreachable link does not stop
 * the others.
 */
@DemoPlatform
class FederationFaultTests extends FederationFixture {

    @Autowired
    FederationWork work;

    static Stream<Arguments> misbehaviours() {
        Function<String, FakeTaxii.Handler> page = id -> r -> FakeTaxii.Answer.taxii(envelope(false, null, indicator(id)));
        return Stream.of(
                Arguments.of("5xx", (Function<String, FakeTaxii.Handler>) id -> r -> new FakeTaxii.Answer(503, "text/plain", "down"),
                        "answered HTTP 503: down"),
                Arguments.of("invalid JSON", (Function<String, FakeTaxii.Handler>) id -> r -> FakeTaxii.Answer.taxii("{\"objects\":[{"),
                        "invalid JSON"),
                Arguments.of("wrong media type", (Function<String, FakeTaxii.Handler>) id -> r -> new FakeTaxii.Answer(200,
                        "text/html", envelope(false, null, indicator(id))), "media type 'text/html'"),
                Arguments.of("a next that repeats", (Function<String, FakeTaxii.Handler>) id -> r -> FakeTaxii.Answer.taxii(
                        r.uri().contains("next=") ? envelope(true, "again", indicator(newIndicatorId())) : envelope(true, "again",
                                indicator(id))), "the same next cursor twice"),
                Arguments.of("more without objects", (Function<String, FakeTaxii.Handler>) id -> r -> FakeTaxii.Answer.taxii(
                        envelope(true, "n" + UUID.randomUUID())), "said more objects follow but sent none"),
                Arguments.of("a huge body", (Function<String, FakeTaxii.Handler>) id -> r -> FakeTaxii.Answer.taxii(
                        envelope(false, null, indicator(id), "{\"pad\":\"" + "x".repeat(40_000) + "\"}")), "larger than 20000 bytes"),
                Arguments.of("a timeout", (Function<String, FakeTaxii.Handler>) id -> r -> {
                    Thread.sleep(3000);
                    return page.apply(id).answer(r);
                }, "did not answer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misbehaviours")
    void aMisbehavingRemoteIsAClearErrorOnTheLinkAndChangesNothingHere(String name, Function<String, FakeTaxii.Handler> how,
                                                                       String error) throws Exception {
        String id = newIndicatorId();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(how.apply(id));
            UUID link = link(remote.apiRoot(), "faulty", "PULL");
            FederationSettings tight = settings.with(Duration.ofMillis(700), 20_000, 5);
            LinkRunner.Outcome outcome = runner.run(link, tight).orElseThrow();
            assertThat(outcome.error()).contains(error);
            if (!name.equals("a next that repeats")) {
                assertThat(versions(reader(ADMIN), id)).as("nothing imported").isEmpty();
                assertThat(state(link).pullCursor()).isNull();
            }
            runner.run(link, tight).orElseThrow();
            Link.State state = state(link);
            assertThat(state.lastError()).contains(error);
            assertThat(state.lastErrorAt()).isNotNull();
            assertThat(state.failures()).isEqualTo(2);
            assertThat(state.lastSuccessAt()).isNull();
        }
    }

    @Test
    void aPageCapEndsARunThatWouldNotEndAndTheNextRunGoesOn() throws Exception {
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> FakeTaxii.Answer.taxii(envelope(true, "n" + UUID.randomUUID(), indicator(newIndicatorId())),
                    "X-TAXII-Date-Added-Last", "2026-04-01T00:00:00.000000Z"));
            UUID link = link(remote.apiRoot(), "endless", "PULL");
            LinkRunner.Outcome outcome = runner.run(link, settings.with(Duration.ofSeconds(5), 1_000_000, 3)).orElseThrow();
            assertThat(outcome.error()).isNull();
            assertThat(outcome.pulled()).isEqualTo(3);
            assertThat(remote.requests).hasSize(3);
        }
    }

    @Test
    void anUnreachableLinkDoesNotStopTheOthers() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String id = newIndicatorId();
        try (FakeTaxii remote = new FakeTaxii()) {
            remote.answer(r -> FakeTaxii.Answer.taxii(envelope(false, null, indicator(id))));
            UUID dead = link("http://127.0.0.1:" + closed + "/api/", "gone", "PULL");
            UUID alive = link(remote.apiRoot(), "alive", "PULL");
            jdbc.sql("update stream_federation_links set next_run_at = now() where id in (?, ?)").params(dead, alive).update();
            work.run();
            assertThat(state(dead).lastError()).contains("could not be reached");
            assertThat(state(alive).lastError()).isNull();
            assertThat(state(alive).lastSuccessAt()).isNotNull();
            assertThat(versions(reader(ADMIN), id)).hasSize(1);
            assertThat(jdbc.sql("select next_run_at > now() + interval '4 minutes' from stream_federation_links where id = ?")
                    .param(dead).query(Boolean.class).single()).as("the failed link waits for its next turn").isTrue();
        }
    }
}
