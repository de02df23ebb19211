package org.sipar.sharing;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The TLP 2.0 table the hub follows, written out once as the oracle for every output's test: who sees an
 * object published by one organisation's analyst to a named organisation, a sharing group and a person.
 */
final class TlpTable {

    private static final String[] ROWS = {
            "anonymous,CLEAR,true", "anonymous,GREEN,false", "anonymous,AMBER,false", "anonymous,AMBER_STRICT,false", "anonymous,RED,false",
            "other,CLEAR,true", "other,GREEN,true", "other,AMBER,false", "other,AMBER_STRICT,false", "other,RED,false",
            "recipientOrg,CLEAR,true", "recipientOrg,GREEN,true", "recipientOrg,AMBER,true", "recipientOrg,AMBER_STRICT,true", "recipientOrg,RED,false",
            "groupMember,CLEAR,true", "groupMember,GREEN,true", "groupMember,AMBER,true", "groupMember,AMBER_STRICT,false", "groupMember,RED,false",
            "publisherOrg,CLEAR,true", "publisherOrg,GREEN,true", "publisherOrg,AMBER,true", "publisherOrg,AMBER_STRICT,true", "publisherOrg,RED,false",
            "publisher,CLEAR,true", "publisher,GREEN,true", "publisher,AMBER,true", "publisher,AMBER_STRICT,true", "publisher,RED,true",
            "hubCert,CLEAR,true", "hubCert,GREEN,true", "hubCert,AMBER,true", "hubCert,AMBER_STRICT,false", "hubCert,RED,false",
            "namedPerson,CLEAR,true", "namedPerson,GREEN,true", "namedPerson,AMBER,false", "namedPerson,AMBER_STRICT,false", "namedPerson,RED,true"};

    private TlpTable() {
    }

    /** One row per viewer and level: the viewer, the level, and whether the viewer sees the object. */
    static Stream<Arguments> rows() {
        return Stream.of(ROWS).map(row -> row.split(","))
                .map(r -> Arguments.of(r[0], Tlp.valueOf(r[1]), Boolean.parseBoolean(r[2])));
    }
}
