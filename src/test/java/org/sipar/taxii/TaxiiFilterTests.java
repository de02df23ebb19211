package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxiiFilterTests {

    static final String T1 = "2026-03-01T00:00:00.000Z";
    static final String T2 = "2026-03-02T00:00:00.000Z";
    static final String T3 = "2026-03-03T00:00:00.000Z";
    static final String ANALYST = "analyst@telco.demo";

    @LocalServerPort
    int port;

    TaxiiClient taxii;
    String objects;
    String a = Stix.newId("indicator");
    String b = Stix.newId("malware");
    String c = Stix.newId("indicator");
    String firstPostLastAdded;

    @BeforeAll
    void threeObjectsOneWithThreeVersions() {
        taxii = new TaxiiClient(port);
        String all = taxii.collection("All intelligence", null);
        objects = ROOT + "collections/" + all + "/objects/";
        taxii.add(all, as(ANALYST), List.of(Stix.indicator(a, T1, Tlp.CLEAR), Stix.indicator(a, T2, Tlp.CLEAR),
                Stix.malware(b, T1, Tlp.CLEAR), Stix.indicator(c, T2, Tlp.CLEAR)));
        firstPostLastAdded = get("all", Map.of()).header("X-TAXII-Date-Added-Last");
        taxii.add(all, as(ANALYST), List.of(Stix.indicator(a, T3, Tlp.CLEAR)));
    }

    @Test
    void lastIsTheDefaultAndIdsAreOred() {
        assertThat(versions(get(null, Map.of()))).containsExactlyInAnyOrder(a + "@" + T3, b + "@" + T1, c + "@" + T2);
        assertThat(versions(get("last", Map.of()))).containsExactlyInAnyOrder(a + "@" + T3, b + "@" + T1, c + "@" + T2);
    }

    @Test
    void firstAllAndTheirCombination() {
        assertThat(versions(get("first", Map.of()))).containsExactlyInAnyOrder(a + "@" + T1, b + "@" + T1, c + "@" + T2);
        assertThat(versions(get("all", Map.of()))).containsExactlyInAnyOrder(a + "@" + T1, a + "@" + T2, a + "@" + T3,
                b + "@" + T1, c + "@" + T2);
        assertThat(versions(get("first,last", Map.of()))).containsExactlyInAnyOrder(a + "@" + T1, a + "@" + T3,
                b + "@" + T1, c + "@" + T2);
    }

    @Test
    void exactTimestampsAreOred() {
        assertThat(versions(get(T2, Map.of()))).containsExactlyInAnyOrder(a + "@" + T2, c + "@" + T2);
        assertThat(versions(get(T1 + "," + T3, Map.of()))).containsExactlyInAnyOrder(a + "@" + T1, a + "@" + T3, b + "@" + T1);
        assertThat(versions(get("2026-03-03T00:00:00Z", Map.of()))).containsExactly(a + "@" + T3);
    }

    @Test
    void typesAreOredAndAndedWithOtherFilters() {
        assertThat(versions(get("all", Map.of("match[type]", "malware")))).containsExactly(b + "@" + T1);
        assertThat(versions(get(null, Map.of("match[type]", "malware,indicator")))).hasSize(3);
        assertThat(versions(get("first", Map.of("match[type]", "indicator")))).containsExactlyInAnyOrder(a + "@" + T1, c + "@" + T2);
    }

    @Test
    void specVersionFilters() {
        assertThat(versions(get("all", Map.of("match[spec_version]", "2.1")))).hasSize(5);
        assertThat(versions(get("all", Map.of("match[spec_version]", "2.0,2.1")))).hasSize(5);
        TaxiiClient.Answer none = get("all", Map.of("match[spec_version]", "2.0"));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().has("objects")).isFalse();
        assertThat(none.json().path("more").asBoolean()).isFalse();
        assertThat(none.header("X-TAXII-Date-Added-First")).isNull();
    }

    @Test
    void addedAfterTheLastDateOfAPageGivesOnlyWhatCameLater() {
        assertThat(versions(get("all", Map.of("added_after", firstPostLastAdded)))).containsExactly(a + "@" + T3);
        assertThat(versions(get("all", Map.of("added_after", "2000-01-01T00:00:00Z")))).hasSize(5);
    }

    @Test
    void manifestFollowsTheSameFilters() {
        TaxiiClient.Answer manifest = taxii.get(objects.replace("/objects/", "/manifest/"), null,
                Map.of("match[id]", a, "match[version]", "all"));
        assertThat(manifest.list("objects", "version")).containsExactly(T1, T2, T3);
        assertThat(manifest.list("objects", "media_type")).containsOnly("application/stix+json;version=2.1");
        assertThat(manifest.list("objects", "date_added")).allMatch(d -> d.matches("\\d{4}-.*T.*\\.\\d{6}Z"));
    }

    @Test
    void oneObjectAndItsVersions() {
        assertThat(versions(taxii.get(objects + a + "/", null))).containsExactly(a + "@" + T3);
        assertThat(versions(taxii.get(objects + a + "/", null, Map.of("match[version]", "all")))).hasSize(3);
        assertThat(versions(taxii.get(objects + a + "/", null, Map.of("match[version]", T2)))).containsExactly(a + "@" + T2);
        TaxiiClient.Answer list = taxii.get(objects + a + "/versions/", null);
        assertThat(list.list("versions", null)).containsExactly(T1, T2, T3);
        assertThat(list.header("X-TAXII-Date-Added-First")).isNotNull();
        TaxiiClient.Answer paged = taxii.get(objects + a + "/versions/", null, Map.of("limit", "2"));
        assertThat(paged.list("versions", null)).containsExactly(T1, T2);
        TaxiiClient.Answer rest = taxii.get(objects + a + "/versions/", null,
                Map.of("limit", "2", "next", paged.json().path("next").asString()));
        assertThat(rest.list("versions", null)).containsExactly(T3);
        assertThat(rest.json().path("more").asBoolean()).isFalse();
    }

    @Test
    void lastHoldsWhicheverOrderVersionsArriveInAndAfterTheNewestIsDeleted() {
        String all = taxii.collection("All intelligence", null);
        String d = Stix.newId("indicator");
        taxii.add(all, as(ANALYST), List.of(Stix.indicator(d, T2, Tlp.CLEAR)));
        taxii.add(all, as(ANALYST), List.of(Stix.indicator(d, T1, Tlp.CLEAR)));
        assertThat(versions(taxii.get(objects + d + "/", null))).containsExactly(d + "@" + T2);
        taxii.add(all, as(ANALYST), List.of(Stix.indicator(d, T3, Tlp.CLEAR)));
        assertThat(versions(taxii.get(objects + d + "/", null))).containsExactly(d + "@" + T3);
        assertThat(versions(taxii.get(objects + d + "/", null, Map.of("match[version]", "first")))).containsExactly(d + "@" + T1);

        TaxiiClient.Answer deleted = taxii.delete(objects + d + "/?match%5Bversion%5D=" + T3, as(ANALYST));
        assertThat(deleted.status()).as(deleted.response().body()).isEqualTo(200);
        assertThat(versions(taxii.get(objects + d + "/", null))).containsExactly(d + "@" + T2);
    }

    @Test
    void lastHoldsForSeveralVersionsArrivingInOneRequest() {
        String all = taxii.collection("All intelligence", null);
        String e = Stix.newId("indicator");
        taxii.add(all, as(ANALYST), List.of(Stix.indicator(e, T3, Tlp.CLEAR), Stix.indicator(e, T1, Tlp.CLEAR),
                Stix.indicator(e, T2, Tlp.CLEAR)));
        assertThat(versions(taxii.get(objects + e + "/", null))).containsExactly(e + "@" + T3);
        assertThat(versions(taxii.get(objects + e + "/", null, Map.of("match[version]", "first")))).containsExactly(e + "@" + T1);
    }

    private TaxiiClient.Answer get(String version, Map<String, String> more) {
        Map<String, String> query = new HashMap<>(more);
        query.put("match[id]", a + "," + b + "," + c);
        if (version != null) {
            query.put("match[version]", version);
        }
        TaxiiClient.Answer answer = taxii.get(objects, null, query);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer;
    }

    private static List<String> versions(TaxiiClient.Answer answer) {
        List<String> versions = new ArrayList<>();
        for (JsonNode o : answer.json().path("objects")) {
            versions.add(o.path("id").asString() + "@" + o.path("modified").asString());
        }
        return versions;
    }
}
