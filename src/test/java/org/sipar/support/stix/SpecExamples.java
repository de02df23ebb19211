package org.sipar.support.stix;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid STIX 2.1 objects, mostly the specification's own examples, with fixed ids: for the validator's tests to break
 * one rule at a time. The field names are the tests' vocabulary (some look them up by name).
 */
public final class SpecExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String INDICATOR = """
            {"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
             "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
             "indicator_types": ["malicious-activity"], "name": "Poison Ivy Malware",
             "pattern": "[ file:hashes.'SHA-256' = '4bac27393bdd9777ce02453256c5577cd02275510b2227f473d03f533924f877' ]",
             "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z"}""";
    public static final String MALWARE = """
            {"type": "malware", "spec_version": "2.1", "id": "malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061",
             "created": "2016-05-12T08:17:27.000Z", "modified": "2016-05-12T08:17:27.000Z",
             "name": "Cryptolocker", "malware_types": ["ransomware"], "is_family": false}""";
    public static final String IDENTITY = """
            {"type": "identity", "spec_version": "2.1", "id": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e",
             "created": "2016-04-06T20:03:00.000Z", "modified": "2016-04-06T20:03:00.000Z",
             "name": "John Smith", "identity_class": "individual", "sectors": ["technology"]}""";
    public static final String RELATIONSHIP = """
            {"type": "relationship", "spec_version": "2.1", "id": "relationship--57b56a43-b8b0-4cba-9deb-34e3e1faed9e",
             "created": "2016-04-06T20:06:37.000Z", "modified": "2016-04-06T20:06:37.000Z",
             "relationship_type": "indicates", "source_ref": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "target_ref": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}""";
    public static final String SIGHTING = """
            {"type": "sighting", "spec_version": "2.1", "id": "sighting--ee20065d-2555-424f-ad9e-0f8428623c75",
             "created": "2016-04-06T20:08:31.000Z", "modified": "2016-04-06T20:08:31.000Z",
             "first_seen": "2015-12-21T19:00:00Z", "last_seen": "2015-12-21T19:00:00Z", "count": 50,
             "sighting_of_ref": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "observed_data_refs": ["observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf"],
             "where_sighted_refs": ["identity--b67d30ff-02ac-498a-92f9-32f845f448ff"]}""";
    public static final String OPINION = """
            {"type": "opinion", "spec_version": "2.1", "id": "opinion--b01efc25-77b4-4003-b18b-f6e24b5cd9f7",
             "created": "2016-05-12T08:17:27.000Z", "modified": "2016-05-12T08:17:27.000Z",
             "object_refs": ["relationship--16d2358f-3b0d-4c88-b047-0da2f7ed4471"], "opinion": "strongly-disagree"}""";
    public static final String OBSERVED_DATA = """
            {"type": "observed-data", "spec_version": "2.1", "id": "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf",
             "created": "2016-04-06T19:58:16.000Z", "modified": "2016-04-06T19:58:16.000Z",
             "first_observed": "2015-12-21T19:00:00Z", "last_observed": "2015-12-21T19:00:00Z", "number_observed": 50,
             "object_refs": ["ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4"]}""";
    public static final String LOCATION = """
            {"type": "location", "spec_version": "2.1", "id": "location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64",
             "created": "2016-04-06T20:03:00.000Z", "modified": "2016-04-06T20:03:00.000Z",
             "latitude": 48.8566, "longitude": 2.3522, "region": "western-europe"}""";
    public static final String TLP_GREEN = """
            {"type": "marking-definition", "spec_version": "2.1",
             "id": "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "created": "2017-01-20T00:00:00.000Z",
             "definition_type": "tlp", "name": "TLP:GREEN", "definition": {"tlp": "green"}}""";
    public static final String IPV4 = """
            {"type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
             "value": "198.51.100.3"}""";
    public static final String CUSTOM = """
            {"type": "x-acme-widget", "spec_version": "2.1", "id": "x-acme-widget--4527e5de-8572-446a-a57a-706f15467461",
             "created": "2016-08-01T00:00:00.000Z", "modified": "2016-08-01T00:00:00.000Z", "x_acme_colour": "blue"}""";

    private SpecExamples() {
    }

    /** The object as a tree, to change before validating it. */
    public static ObjectNode object(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
