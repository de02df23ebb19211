package org.sipar.support.stix;

import java.util.UUID;
import org.sipar.sharing.Tlp;

/**
 * STIX 2.1 objects made up for tests, most with fresh ids so that tests sharing one database never meet each
 * other's objects, and bundles of them. The specification's own examples are in {@link SpecExamples}.
 */
public final class Stix {

    /** The {@code created} time of the objects made here. */
    public static final String CREATED = "2026-01-01T00:00:00.000Z";

    /**
     * A small campaign, for the browser test: an intrusion set (TLP:GREEN) using two techniques, and one indicator
     * whose pattern is broken, which the import rejects. Its ids are fixed.
     */
    public static final String CAMPAIGN = """
            {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
             {"type": "intrusion-set", "spec_version": "2.1", "id": "intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29",
              "created": "2026-10-01T00:00:00.000Z", "modified": "2026-10-01T00:00:00.000Z", "name": "Glacier Panda",
              "description": "A made-up actor for tests.",
              "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
             {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--a62a8db3-f23a-4d8f-afd6-9dbc77e7813b",
              "created": "2026-10-01T00:00:00.000Z", "modified": "2026-10-01T00:00:00.000Z", "name": "Phishing",
              "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "initial-access"}],
              "external_references": [{"source_name": "mitre-attack", "external_id": "T1566"}],
              "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
             {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--7385dfaf-6886-4229-9ecd-6fd678040830",
              "created": "2026-10-01T00:00:00.000Z", "modified": "2026-10-01T00:00:00.000Z",
              "name": "Command and Scripting Interpreter",
              "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}],
              "external_references": [{"source_name": "mitre-attack", "external_id": "T1059"}],
              "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
             {"type": "relationship", "spec_version": "2.1", "id": "relationship--0f4d9a7e-86a3-4c2b-9a43-8d3c6b1e2f10",
              "created": "2026-10-01T00:00:00.000Z", "modified": "2026-10-01T00:00:00.000Z", "relationship_type": "uses",
              "source_ref": "intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29",
              "target_ref": "attack-pattern--a62a8db3-f23a-4d8f-afd6-9dbc77e7813b",
              "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
             {"type": "relationship", "spec_version": "2.1", "id": "relationship--9b2e7c1d-3f4a-4b5c-8d6e-7f8091a2b3c4",
              "created": "2026-10-01T00:00:00.000Z", "modified": "2026-10-01T00:00:00.000Z", "relationship_type": "uses",
              "source_ref": "intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29",
              "target_ref": "attack-pattern--7385dfaf-6886-4229-9ecd-6fd678040830",
              "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
             {"type": "indicator", "spec_version": "2.1", "id": "indicator--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
              "created": "2026-10-01T00:00:00.000Z", "modified": "2026-10-01T00:00:00.000Z", "name": "Broken",
              "pattern": "[url:value = 'http://glacier.example/'", "pattern_type": "stix",
              "valid_from": "2026-10-01T00:00:00Z"}
            ]}
            """;

    private Stix() {
    }

    /** A fresh id for an object of {@code type}. */
    public static String newId(String type) {
        return type + "--" + UUID.randomUUID();
    }

    /** A fresh indicator id. */
    public static String newIndicatorId() {
        return newId("indicator");
    }

    /** A bundle of {@code objects} (each a JSON object's text) under a fresh bundle id. */
    public static String bundle(String... objects) {
        return "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + String.join(",", objects) + "]}";
    }

    /** A valid unmarked indicator with id {@code id}. */
    public static String indicator(String id) {
        return indicator(id, "fixture", null, "2026-01-02T00:00:00.000Z");
    }

    /**
     * A valid indicator named "Indicator {@code word}", so that a search for the word finds it, marked with the
     * marking definition {@code marking} (or unmarked when null).
     */
    public static String indicator(String id, String word, String marking, String modified) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"%s","name":"Indicator %s","pattern":"[ipv4-addr:value = '198.51.100.7']",
                 "pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"%s}"""
                .formatted(id, modified, word, marking == null ? "" : ",\"object_marking_refs\":[\"" + marking + "\"]");
    }

    /** An indicator version named "Test indicator", with a valid STIX pattern, marked with TLP 2.0 {@code tlp}. */
    public static String indicator(String id, String modified, Tlp tlp) {
        return indicatorWithPattern(id, modified, tlp, "[ipv4-addr:value = '198.51.100.7']");
    }

    /** The same with the pattern {@code pattern}, which may be broken. */
    public static String indicatorWithPattern(String id, String modified, Tlp tlp, String pattern) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",
                 "name":"Test indicator","pattern":"%s","pattern_type":"stix","valid_from":"%s",
                 "object_marking_refs":["%s"]}""".formatted(id, CREATED, modified, pattern, CREATED, tlp.markingId());
    }

    /** A malware version named "Test malware", marked with TLP 2.0 {@code tlp}. */
    public static String malware(String id, String modified, Tlp tlp) {
        return """
                {"type":"malware","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",
                 "name":"Test malware","is_family":false,"object_marking_refs":["%s"]}"""
                .formatted(id, CREATED, modified, tlp.markingId());
    }
}
