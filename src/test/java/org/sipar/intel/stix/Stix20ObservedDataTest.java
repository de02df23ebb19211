package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.SpecExamples.object;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** 2.0 observed-data: the container is kept, its observables lifted into 2.1 SCOs with deterministic ids. */
class Stix20ObservedDataTest {

    private static final String OBSERVED_DATA_20 = """
            {"type": "observed-data", "id": "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf",
             "created": "2016-04-06T19:58:16.000Z", "modified": "2016-04-06T19:58:16.000Z",
             "first_observed": "2015-12-21T19:00:00Z", "last_observed": "2015-12-21T19:00:00Z", "number_observed": 50,
             "objects": {"0": {"type": "ipv4-addr", "value": "198.51.100.3"},
                         "1": {"type": "ipv4-addr", "value": "198.51.100.2"},
                         "2": {"type": "network-traffic", "src_ref": "0", "dst_ref": "1", "protocols": ["tcp"]}}}""";

    private final Stix20Upgrade upgrade = new Stix20Upgrade();
    private final StixValidator validator = new StixValidator();

    @Test
    void observedDataKeepsItsContainerAndLiftsItsObservablesIntoScos() {
        ObjectNode original = object(OBSERVED_DATA_20);
        Stix20Upgrade.Result result = upgrade.upgrade(original);
        assertThat(result.object().get("objects")).isEqualTo(original.get("objects"));
        assertThat(validator.validate(result.object())).isEmpty();
        List<ObjectNode> scos = result.observables();
        assertThat(scos).extracting(sco -> sco.get("id").asString()).startsWith(
                "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
                StixValidator.expectedScoId(object("{\"type\": \"ipv4-addr\", \"value\": \"198.51.100.2\"}")));
        ObjectNode traffic = scos.get(2);
        assertThat(traffic.get("src_ref").asString()).isEqualTo(scos.get(0).get("id").asString());
        assertThat(traffic.get("dst_ref").asString()).isEqualTo(scos.get(1).get("id").asString());
        // Its id was computed after its references were resolved, so it is the deterministic one.
        assertThat(traffic.get("id").asString()).isEqualTo(StixValidator.expectedScoId(traffic));
        assertThat(scos).allSatisfy(sco -> assertThat(validator.validate(sco)).isEmpty());
    }

    @Test
    void withObjectRefsGivesThe21Form() {
        Stix20Upgrade.Result result = upgrade.upgrade(object(OBSERVED_DATA_20));
        ObjectNode refsForm = result.withObjectRefs();
        assertThat(refsForm.has("objects")).isFalse();
        assertThat(refsForm.get("object_refs")).extracting(JsonNode::asString)
                .containsExactlyElementsOf(result.observables().stream().map(sco -> sco.get("id").asString()).toList());
        assertThat(validator.validate(refsForm)).isEmpty();
        assertThat(result.object().has("objects")).isTrue();
    }

    @Test
    void observablePropertiesThat21RenamedAreRenamedAndSaidSo() {
        ObjectNode observed = object(OBSERVED_DATA_20);
        observed.putObject("objects").putObject("0").put("type", "file").put("name", "foo.exe")
                .put("created", "2016-01-20T12:31:12Z").put("is_encrypted", false);
        Stix20Upgrade.Result result = upgrade.upgrade(observed);
        ObjectNode file = result.observables().getFirst();
        assertThat(file.get("ctime").asString()).isEqualTo("2016-01-20T12:31:12Z");
        assertThat(file.has("created")).isFalse();
        assertThat(file.get("is_encrypted").booleanValue()).isFalse();
        assertThat(result.notes()).contains("observable '0' (file): renamed created to its 2.1 name ctime",
                "observable '0' (file): kept is_encrypted, which 2.1 no longer defines");
        assertThat(validator.validate(file)).isEmpty();
    }

    @Test
    void aContainerWithReferencesLeadingOutsideIsKeptAsItIs() {
        ObjectNode observed = object(OBSERVED_DATA_20);
        observed.withObjectProperty("objects").withObjectProperty("2").put("dst_ref", "7");
        Stix20Upgrade.Result result = upgrade.upgrade(observed);
        assertThat(result.observables()).isEmpty();
        assertThat(result.notes()).contains("kept the objects container only: references [7] point outside it");
        assertThat(result.object().get("objects")).isEqualTo(observed.get("objects"));
    }

    @Test
    void idsAreComputedInDependencyOrderWhateverTheKeyOrder() {
        ObjectNode observed = object(OBSERVED_DATA_20);
        ObjectNode objects = observed.putObject("objects");
        objects.putObject("0").put("type", "network-traffic").put("src_ref", "1").putArray("protocols").add("udp");
        objects.putObject("1").put("type", "ipv4-addr").put("value", "198.51.100.3");
        List<ObjectNode> scos = upgrade.upgrade(observed).observables();
        assertThat(scos.get(0).get("src_ref").asString()).isEqualTo("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
        assertThat(scos.get(0).get("id").asString()).isEqualTo(StixValidator.expectedScoId(scos.get(0)));
    }

    @Test
    void aCycleThroughContributingReferencesFallsBackToAUuid4() {
        ObjectNode observed = object(OBSERVED_DATA_20);
        ObjectNode archive = observed.putObject("objects").putObject("0").put("type", "file").put("name", "self.zip");
        archive.putObject("extensions").putObject("archive-ext").putArray("contains_refs").add("0");
        Stix20Upgrade.Result result = upgrade.upgrade(observed);
        String id = result.observables().getFirst().get("id").asString();
        assertThat(StixId.parse(id)).hasValueSatisfying(parsed -> assertThat(parsed.version()).isEqualTo(4));
        assertThat(result.observables().getFirst().at("/extensions/archive-ext/contains_refs/0").asString()).isEqualTo(id);
        assertThat(result.notes()).contains("observable '0' got a UUIDv4: its ID contributing references form a cycle");
    }
}
