package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** STIX 2.0 objects lifted to 2.1: what is added, what is kept, and that the result validates. */
class Stix20UpgradeTest {

    private static final String INDICATOR_20 = """
            {"type": "indicator", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
             "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
             "labels": ["malicious-activity"], "name": "Poison Ivy Malware",
             "pattern": "[ file:hashes.'SHA-256' = '4bac27393bdd9777ce02453256c5577cd02275510b2227f473d03f533924f877' ]",
             "valid_from": "2016-01-01T00:00:00Z", "x_acme_score": 7}""";


    private final Stix20Upgrade upgrade = new Stix20Upgrade();
    private final StixValidator validator = new StixValidator();

    @Test
    void anIndicatorGetsWhat21RequiresAndKeepsEverything() {
        ObjectNode original = object(INDICATOR_20);
        Stix20Upgrade.Result result = upgrade.upgrade(original);
        ObjectNode indicator = result.object();
        assertThat(indicator.get("spec_version").asString()).isEqualTo("2.1");
        assertThat(indicator.get("indicator_types")).isEqualTo(original.get("labels"));
        assertThat(indicator.has("labels")).isFalse();
        assertThat(indicator.get("pattern_type").asString()).isEqualTo("stix");
        assertThat(indicator.get("pattern_version").asString()).isEqualTo("2.0");
        original.remove("labels");
        assertKeepsEveryProperty(original, indicator);
        assertThat(result.notes()).containsExactly(
                "added spec_version '2.1'",
                "moved labels 'malicious-activity' into indicator_types from indicator-type-ov",
                "added pattern_type \"stix\": 2.0 indicators could only carry STIX patterns",
                "added pattern_version \"2.0\": the pattern is STIX 2.0 patterning, and without it 2.1 would read it as 2.1");
        assertThat(validator.validate(indicator)).isEmpty();
        assertThat(result.observables()).isEmpty();
    }

    @Test
    void theInputIsLeftUntouched() {
        ObjectNode original = object(INDICATOR_20);
        upgrade.upgrade(original);
        assertThat(original).isEqualTo(object(INDICATOR_20));
    }

    @Test
    void malwareIsTakenForAFamilyAndSaysSo() {
        ObjectNode malware = object("""
                {"type": "malware", "spec_version": "2.0", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
                 "created": "2016-04-06T20:07:09.000Z", "modified": "2016-04-06T20:07:09.000Z",
                 "name": "Poison Ivy", "labels": ["remote-access-trojan"]}""");
        Stix20Upgrade.Result result = upgrade.upgrade(malware);
        assertThat(result.object().get("is_family").booleanValue()).isTrue();
        assertThat(result.object().get("malware_types")).isEqualTo(malware.get("labels"));
        assertThat(result.notes()).first().isEqualTo("set spec_version to '2.1' (was '2.0')");
        assertThat(result.notes()).last().asString().startsWith("added is_family true: 2.1 requires it");
        assertThat(validator.validate(result.object())).isEmpty();
    }

    @Test
    void typingLabelsMoveToTheVocabularyDropTheTypeNameAndKeepTheRest() {
        ObjectNode malware = object("""
                {"type": "malware", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
                 "created": "2016-04-06T20:07:09.000Z", "modified": "2016-04-06T20:07:09.000Z",
                 "name": "Poison Ivy", "labels": ["malware", "Remote Access_Trojan", "blue", "backdoor"]}""");
        Stix20Upgrade.Result result = upgrade.upgrade(malware);
        assertThat(result.object().get("malware_types")).isEqualTo(object("{\"a\": [\"remote-access-trojan\", \"backdoor\"]}").get("a"));
        assertThat(result.object().get("labels")).isEqualTo(object("{\"a\": [\"blue\"]}").get("a"));
        assertThat(result.notes()).contains(
                "moved labels 'remote-access-trojan', 'backdoor' into malware_types from malware-type-ov",
                "kept labels [\"blue\"], which fit no malware-type-ov value",
                "dropped labels 'malware', which only name the object's type");
        assertThat(validator.validate(result.object())).isEmpty();
    }

    @Test
    void aToolLabelledOnlyToolBecomesAnUnknownTool() {
        ObjectNode tool = object("""
                {"type": "tool", "id": "tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                 "name": "VNC", "labels": ["tool"]}""");
        Stix20Upgrade.Result result = upgrade.upgrade(tool);
        assertThat(result.object().get("tool_types").get(0).asString()).isEqualTo("unknown");
        assertThat(result.object().has("labels")).isFalse();
        assertThat(result.notes()).contains("set tool_types to 'unknown': no label fits tool-type-ov",
                "dropped labels 'tool', which only name the object's type");
        assertThat(validator.validate(result.object())).isEmpty();
    }

    @Test
    void reportAndThreatActorLabelsMapToo() {
        ObjectNode report = object("""
                {"type": "report", "id": "report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3",
                 "created": "2015-12-21T19:59:11.000Z", "modified": "2015-12-21T19:59:11.000Z", "name": "The Black Vine",
                 "published": "2016-01-20T17:00:00Z", "labels": ["THREAT_REPORT", "apt"],
                 "object_refs": ["indicator--26ffb872-1dd9-446e-b6f5-d58527e5b5d2"]}""");
        Stix20Upgrade.Result upgraded = upgrade.upgrade(report);
        assertThat(upgraded.object().get("report_types").get(0).asString()).isEqualTo("threat-report");
        assertThat(upgraded.object().get("labels").get(0).asString()).isEqualTo("apt");
        ObjectNode actor = object("""
                {"type": "threat-actor", "id": "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                 "name": "Evil Org", "labels": ["crime-syndicate", "nation state"]}""");
        assertThat(upgrade.upgrade(actor).object().get("threat_actor_types").valueStream().map(JsonNode::asString))
                .containsExactly("crime-syndicate", "nation-state");
    }

    @Test
    void tlpMarkingsKeepTheirTlpDefinition() {
        ObjectNode tlp = object("""
                {"type": "marking-definition", "id": "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
                 "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp", "definition": {"tlp": "green"}}""");
        Stix20Upgrade.Result result = upgrade.upgrade(tlp);
        assertKeepsEveryProperty(tlp, result.object());
        assertThat(result.notes()).containsExactly("added spec_version '2.1'",
                "kept the TLP 1.0 marking as definition_type 'tlp' with definition {\"tlp\":\"green\"}");
        assertThat(validator.validate(result.object())).isEmpty();
    }

    @Test
    void customObjectsOnlyGainASpecVersion() {
        ObjectNode custom = object("{\"type\": \"x-acme-widget\", \"id\": \"x-acme-widget--4527e5de-8572-446a-a57a-706f15467461\","
                + " \"labels\": [\"blue\"]}");
        Stix20Upgrade.Result result = upgrade.upgrade(custom);
        assertThat(result.notes()).containsExactly("added spec_version '2.1'");
        assertThat(result.object().propertyNames()).containsExactly("type", "spec_version", "id", "labels");
    }

    @Test
    void onlyStix20ObjectsAreAccepted() {
        assertThatThrownBy(() -> upgrade.upgrade(object(SpecExamples.INDICATOR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a STIX 2.0 object: spec_version is '2.1'");
        assertThatThrownBy(() -> upgrade.upgrade(object("{\"type\": \"bundle\", \"id\": \"bundle--1\", \"spec_version\": \"2.0\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("upgrade the objects of bundle \"bundle--1\" one by one");
        assertThatThrownBy(() -> upgrade.upgrade(object("{\"id\": \"x\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a STIX object with a valid type: {\"id\":\"x\"}");
    }

    private static void assertKeepsEveryProperty(ObjectNode original, ObjectNode upgraded) {
        original.forEachEntry((name, value) -> {
            if (!"spec_version".equals(name)) {
                assertThat(upgraded.get(name)).as(name).isEqualTo(value);
            }
        });
    }
}
