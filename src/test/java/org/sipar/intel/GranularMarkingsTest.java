package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.stix.Finding;
import org.sipar.intel.stix.StixValidator;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Granular TLP markings: the policy cuts out exactly the parts a reader may not see, and what is left is valid STIX. */
class GranularMarkingsTest {

    static final UUID ORG = UUID.randomUUID(), PUBLISHER = UUID.randomUUID();
    static final Distribution GREEN = new Distribution(Tlp.GREEN, ORG, PUBLISHER, Set.of(), Set.of(), Set.of());
    static final Reader OTHER = new Reader(UUID.randomUUID(), UUID.randomUUID(), false, Set.of());
    static final Reader PUBLISHING = new Reader(PUBLISHER, ORG, false, Set.of());
    static final String TLP1_RED = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";
    static final String STATEMENT = "marking-definition--0c2bd7c3-2d5a-4d1d-8e3a-0b4b6d9bd8a1";

    final StixRedaction redaction = new StixRedaction(new SharingPolicy());
    final JsonMapper json = JsonMapper.shared();

    @Test
    void aPropertyMarkedStricterIsCutForThoseWhoMayNotSeeItAndKeptForThoseWhoMay() {
        String indicator = indicator("""
                "description": "seen on the finance ministry's mail relay",
                "granular_markings": [{"marking_ref": "%s", "selectors": ["description"]}]""".formatted(Tlp.AMBER_STRICT.markingId()));

        JsonNode seenByOther = visible(OTHER, indicator).orElseThrow();
        assertThat(seenByOther.has("description")).isFalse();
        assertThat(seenByOther.has("granular_markings")).as("markings of removed parts go with them").isFalse();
        assertThat(seenByOther.path("pattern").asString()).isEqualTo("[ipv4-addr:value = '203.0.113.7']");
        assertThat(visible(PUBLISHING, indicator).orElseThrow()).isEqualTo(json.readTree(indicator));
    }

    @Test
    void listPositionsAreRemovedAndTheSelectorsLeftAreRenumbered() {
        String indicator = indicator("""
                "labels": ["first", "secret", "third"],
                "granular_markings": [
                  {"marking_ref": "%s", "selectors": ["labels.[1]"]},
                  {"marking_ref": "%s", "selectors": ["labels.[2]", "name"]}]""".formatted(TLP1_RED, STATEMENT));

        JsonNode seen = visible(OTHER, indicator).orElseThrow();
        assertThat(seen.path("labels").toString()).isEqualTo("[\"first\",\"third\"]");
        assertThat(seen.path("granular_markings").size()).isEqualTo(1);
        assertThat(seen.path("granular_markings").path(0).path("marking_ref").asString()).isEqualTo(STATEMENT);
        assertThat(seen.path("granular_markings").path(0).path("selectors").toString()).isEqualTo("[\"labels.[1]\",\"name\"]");
    }

    @Test
    void nestedPartsAndListsLeftEmptyAreRemoved() {
        String indicator = indicator("""
                "external_references": [{"source_name": "internal", "external_id": "CASE-7", "url": "https://intranet.example/7"},
                                        {"source_name": "vendor", "external_id": "V-1"}],
                "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "initial-access"}],
                "granular_markings": [
                  {"marking_ref": "%s", "selectors": ["external_references.[0].url", "kill_chain_phases.[0]"]},
                  {"marking_ref": "%s", "selectors": ["external_references.[1].source_name"]}]"""
                .formatted(Tlp.RED.markingId(), STATEMENT));

        JsonNode seen = visible(OTHER, indicator).orElseThrow();
        assertThat(seen.path("external_references").toString())
                .isEqualTo("[{\"source_name\":\"internal\",\"external_id\":\"CASE-7\"},{\"source_name\":\"vendor\",\"external_id\":\"V-1\"}]");
        assertThat(seen.has("kill_chain_phases")).as("STIX lists are never empty").isFalse();
        assertThat(seen.path("granular_markings").path(0).path("selectors").toString())
                .isEqualTo("[\"external_references.[1].source_name\"]");
    }

    @Test
    void anObjectWhoseRequiredPartIsHiddenIsWithheldWhole() {
        String indicator = indicator("""
                "granular_markings": [{"marking_ref": "%s", "selectors": ["pattern"]}]""".formatted(Tlp.RED.markingId()));

        assertThat(visible(OTHER, indicator)).isEmpty();
        assertThat(visible(PUBLISHING, indicator)).isPresent();
    }

    @Test
    void aHiddenPartThatCannotBeLocatedWithholdsTheObject() {
        String indicator = indicator("""
                "granular_markings": [{"marking_ref": "%s", "selectors": ["labels.[x]"]}]""".formatted(Tlp.RED.markingId()));

        assertThat(visible(OTHER, indicator)).isEmpty();
    }

    @Test
    void aReaderWhoMayNotSeeTheObjectSeesNoPartOfIt() {
        String indicator = indicator("""
                "granular_markings": [{"marking_ref": "%s", "selectors": ["name"]}]""".formatted(Tlp.CLEAR.markingId()));

        assertThat(redaction.visiblePart(Reader.ANONYMOUS, GREEN, indicator)).isEmpty();
    }

    @Test
    void objectsWithoutGranularMarkingsPassUnchanged() {
        String indicator = indicator("\"labels\": [\"granular\"]");

        assertThat(redaction.visiblePart(OTHER, GREEN, indicator)).contains(indicator);
    }

    private Optional<JsonNode> visible(Reader reader, String object) {
        Optional<JsonNode> seen = redaction.visiblePart(reader, GREEN, object).map(json::readTree);
        seen.ifPresent(o -> assertThat(new StixValidator().validate(o)).filteredOn(f -> f.severity() == Finding.Severity.ERROR)
                .as("what a reader is shown is valid STIX").isEmpty());
        return seen;
    }

    private String indicator(String extra) {
        ObjectNode o = (ObjectNode) json.readTree("""
                {"type": "indicator", "spec_version": "2.1", "id": "indicator--6b7c3c1e-8a0f-4e2b-9d3c-2f1a5b6c7d8e",
                 "created": "2026-11-01T10:00:00.000Z", "modified": "2026-11-01T10:00:00.000Z",
                 "name": "Mail relay beacon", "pattern": "[ipv4-addr:value = '203.0.113.7']", "pattern_type": "stix",
                 "valid_from": "2026-11-01T10:00:00Z", "object_marking_refs": ["%s"], %s}"""
                .formatted(Tlp.GREEN.markingId(), extra));
        return json.writeValueAsString(o);
    }
}
