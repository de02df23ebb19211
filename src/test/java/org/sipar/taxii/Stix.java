package org.sipar.taxii;

import java.util.UUID;
import org.sipar.sharing.Tlp;

/** STIX 2.1 objects for the TAXII tests, marked with TLP 2.0. */
final class Stix {

    static final String CREATED = "2026-01-01T00:00:00.000Z";

    private Stix() {
    }

    static String newId(String type) {
        return type + "--" + UUID.randomUUID();
    }

    /** An indicator version with a valid STIX pattern. */
    static String indicator(String id, String modified, Tlp tlp) {
        return indicator(id, modified, tlp, "[ipv4-addr:value = '198.51.100.7']");
    }

    static String indicator(String id, String modified, Tlp tlp, String pattern) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",
                 "name":"Test indicator","pattern":"%s","pattern_type":"stix","valid_from":"%s",
                 "object_marking_refs":["%s"]}""".formatted(id, CREATED, modified, pattern, CREATED, tlp.markingId());
    }

    /** A malware version. */
    static String malware(String id, String modified, Tlp tlp) {
        return """
                {"type":"malware","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",
                 "name":"Test malware","is_family":false,"object_marking_refs":["%s"]}"""
                .formatted(id, CREATED, modified, tlp.markingId());
    }
}
