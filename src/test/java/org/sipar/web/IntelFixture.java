package org.sipar.web;

/** A small campaign for the browser test: an intrusion set using two techniques, and one broken indicator. */
final class IntelFixture {

    private IntelFixture() {
    }

    static final String BUNDLE = """
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
}
