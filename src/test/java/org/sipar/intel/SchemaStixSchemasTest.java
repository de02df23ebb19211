package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.stix.Stix;
import org.sipar.support.stix.StixSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The schema helper itself: valid objects of each kind pass, and broken ones fail naming the property. */
class SchemaStixSchemasTest {

    private static final String INDICATOR_ID = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

    private final JsonMapper json = JsonMapper.builder().build();
    private StixSchemas schemas;

    @BeforeEach
    void loadSchemas() {
        schemas = StixSchemas.shared();
    }

    @Test
    void validObjectsOfEveryKindPass() {
        JsonNode indicator = json.readTree(Stix.indicator(INDICATOR_ID, "valid", Tlp.GREEN.markingId(),
                "2026-01-02T00:00:00.000Z"));
        JsonNode relationship = json.readTree("""
                {"type":"relationship","spec_version":"2.1","id":"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","relationship_type":"indicates",
                 "source_ref":"%s","target_ref":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}""".formatted(INDICATOR_ID));
        JsonNode address = json.readTree("""
                {"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
                 "value":"198.51.100.3"}""");
        JsonNode marking = json.readTree("""
                {"type":"marking-definition","spec_version":"2.1","id":"%s","created":"2022-10-01T00:00:00.000Z",
                 "name":"TLP:AMBER","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":
                 {"extension_type":"property-extension","tlp_2_0":"amber"}}}""".formatted(Tlp.AMBER.markingId()));
        for (JsonNode object : new JsonNode[] {indicator, relationship, address, marking}) {
            assertThat(schemas.validate(object)).as(object.path("type").asString()).isEmpty();
        }
    }

    @Test
    void schemaIsChosenByType() {
        assertThat(schemas.schemaFile("indicator")).isEqualTo("sdos/indicator.json");
        assertThat(schemas.schemaFile("sighting")).isEqualTo("sros/sighting.json");
        assertThat(schemas.schemaFile("ipv4-addr")).isEqualTo("observables/ipv4-addr.json");
        assertThat(schemas.schemaFile("language-content")).isEqualTo("common/language-content.json");
        assertThat(schemas.schemaFile("x-mitre-tactic")).isEqualTo("common/core.json");
        assertThat(schemas.schemaFile("../common/bundle")).isEqualTo("common/core.json");
    }

    @Test
    void indicatorWithoutPatternFailsNamingPattern() {
        ObjectNode indicator = validIndicator();
        indicator.remove("pattern");
        assertThat(schemas.validate(indicator)).singleElement().asString().contains("required property 'pattern'");
    }

    @Test
    void indicatorWithBadIdFailsNamingId() {
        ObjectNode indicator = validIndicator();
        indicator.put("id", "indicator--not-a-uuid");
        assertThat(schemas.validate(indicator)).singleElement().asString().startsWith("/id: ");
    }

    @Test
    void customTypeIsHeldToTheCoreProperties() {
        ObjectNode tactic = validIndicator();
        tactic.put("type", "x-mitre-tactic");
        tactic.put("id", "x-mitre-tactic--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        assertThat(schemas.validate(tactic)).isEmpty();
        tactic.remove("created");
        assertThat(schemas.validate(tactic)).singleElement().asString().contains("required property 'created'");
    }

    private ObjectNode validIndicator() {
        return (ObjectNode) json.readTree(Stix.indicator(INDICATOR_ID, "broken", null, "2026-01-02T00:00:00.000Z"));
    }
}
