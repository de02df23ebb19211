package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;

/**
 * The list's orders: search puts exact name, alias, external id and STIX id matches first, then name prefixes,
 * then the other matches; and paging a sorted list (with ties in its key) visits every object exactly once, in order.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListOrderTests extends StoreFixture {

    final String word = "q" + UUID.randomUUID().toString().substring(0, 6).replace('-', '0');
    final String sorted = "pg" + UUID.randomUUID().toString().substring(0, 6).replace('-', '0');
    final List<String> ranked = new ArrayList<>();
    Reader reader;

    @BeforeAll
    void publish() {
        members = new Members(jdbc, intelligence);
        reader = members.reader("analyst@cert.demo");
        String[] objects = {
                object("malware", "Other", "mentions " + word + " in passing", ""),               // 5: description
                object("tool", word + " loader", "", ""),                                          // 4: name prefix
                object("attack-pattern", "Technique", "", ",\"external_references\":[{\"source_name\":\"mitre-attack\",\"external_id\":\"" + word + "\"}]"),
                object("intrusion-set", "Group", "", ",\"aliases\":[\"" + word.toUpperCase() + "\"]"), // 1: alias, any case
                object("malware", word.toUpperCase(), "", "")};                                     // 0: exact name
        ImportReport report = members.publish("analyst@cert.demo", Stix.bundle(objects));
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        List<String> sortedObjects = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Tlp tlp = Tlp.values()[i % 3];
            String type = i % 2 == 0 ? "malware" : "tool";
            sortedObjects.add(object(type, "Name " + (i % 5), sorted, "", tlp, "2026-01-%02dT00:00:00.000Z".formatted(1 + i % 4)));
        }
        assertThat(members.publish("analyst@cert.demo", Stix.bundle(sortedObjects.toArray(String[]::new))).status())
                .isEqualTo(ImportStatus.COMPLETE);
    }

    @Test
    void searchRanksExactMatchesFirst() {
        List<String> names = search(word).stream().map(o -> o.content().path("name").asString()).toList();
        assertThat(names).containsExactly(word.toUpperCase(), "Group", "Technique", word + " loader", "Other");
    }

    @Test
    void aStixIdFindsItsObjectFirst() {
        String id = ranked.get(2);
        assertThat(search(id)).extracting(StoredObject::id).containsExactly(id);
    }

    @ParameterizedTest(name = "sorted by {0}, descending {1}")
    @CsvSource({"NAME,false", "NAME,true", "TYPE,false", "TYPE,true", "MODIFIED,false", "MODIFIED,true", "TLP,false", "TLP,true"})
    void pagingASortedListVisitsEveryObjectOnce(Order.Key key, boolean descending) {
        ObjectQuery query = ObjectQuery.all(4).withText(sorted);
        List<StoredObject> visited = new ArrayList<>();
        ObjectPage page = new ObjectPage(List.of(), true, 0);
        Order order = new Order(key, descending, null);
        while (page.more()) {
            page = intelligence.objects(reader, query.withAfterSeq(page.nextSeq()).withOrder(order.after(page.nextKey())));
            assertThat(page.objects().size()).isLessThanOrEqualTo(4);
            visited.addAll(page.objects());
        }
        assertThat(visited).hasSize(23);
        assertThat(new HashSet<>(visited.stream().map(StoredObject::id).toList())).hasSize(23);
        Comparator<StoredObject> by = switch (key) {
            case NAME -> Comparator.comparing(o -> o.content().path("name").asString().toLowerCase());
            case TYPE -> Comparator.comparing(StoredObject::type);
            case MODIFIED -> Comparator.comparing(StoredObject::modified);
            default -> Comparator.comparing(StoredObject::tlp);
        };
        assertThat(visited).isSortedAccordingTo(descending ? by.reversed() : by);
    }

    @Test
    void countsFollowTheSearchAndLeaveOutTheirOwnFacet() {
        ObjectQuery query = ObjectQuery.all(4).withText(sorted).withTypes(List.of("tool"))
                .withFacets(ObjectQuery.Facets.NONE.withTlps(Set.of(Tlp.CLEAR)));
        ObjectCounts counts = intelligence.counts(reader, query);
        // i odd (tool) and i % 3 == 0 (CLEAR): 3, 9, 15, 21
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.exact()).isTrue();
        assertThat(counts.type("tool")).isEqualTo(4);
        assertThat(counts.type("malware")).isEqualTo(4); // 0, 6, 12, 18: the type counts ignore the chosen type
        assertThat(counts.tlp(Tlp.CLEAR)).isEqualTo(4);
        assertThat(counts.tlp(Tlp.GREEN)).isEqualTo(4); // 1, 7, 13, 19: the TLP counts ignore the chosen levels
        assertThat(counts.tlp(Tlp.AMBER)).isEqualTo(3); // 5, 11, 17
    }

    @Test
    void theRestListPagesASortedListWithItsKeyAndCounts() {
        Set<String> seen = new HashSet<>();
        String path = "/api/v1/intel/objects?q=" + sorted + "&sort=name&order=desc&limit=5";
        String body = rest(path);
        assertThat(body).contains("\"total\":23", "\"totalExact\":true", "\"malware\":12", "\"tool\":11");
        while (true) {
            var ids = java.util.regex.Pattern.compile("\"id\":\"((malware|tool)--[0-9a-f-]+)\"").matcher(body);
            while (ids.find()) {
                assertThat(seen.add(ids.group(1))).as("visited once: %s", ids.group(1)).isTrue();
            }
            var next = java.util.regex.Pattern.compile("\"more\":true,\"nextSeq\":(\\d+),\"nextKey\":\"([^\"]*)\"").matcher(body);
            if (!next.find()) {
                break;
            }
            body = rest(path + "&counts=false&after=" + next.group(1) + "&after_key=" + java.net.URLEncoder.encode(next.group(2), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(body).doesNotContain("\"total\"");
        }
        assertThat(seen).hasSize(23);
    }

    @Test
    void aBadSortOrCursorIsNamed() {
        var http = new org.sipar.support.Http(port);
        var bad = http.json("GET", "/api/v1/intel/objects?sort=size", null, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("sort", "size", "must be added, name, type, modified, tlp or relevance");
        var noKey = http.json("GET", "/api/v1/intel/objects?sort=name&after=12345", null, null);
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("after_key");
        assertThat(http.json("GET", "/api/v1/intel/objects?order=up", null, null).body()).contains("must be asc or desc");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private String rest(String path) {
        return new org.sipar.support.Http(port).json("GET", path, org.sipar.support.Http.basic("analyst@cert.demo", "sipar-demo"), null).body();
    }

    private List<StoredObject> search(String text) {
        return intelligence.objects(reader, ObjectQuery.all(50).withText(text).withOrder(new Order(Order.Key.RELEVANCE, false, null))).objects();
    }

    private String object(String type, String name, String description, String more) {
        String id = Stix.newId(type);
        ranked.add(id);
        return object(id, type, name, description, more, Tlp.CLEAR, "2026-01-01T00:00:00.000Z");
    }

    private static String object(String type, String name, String description, String more, Tlp tlp, String modified) {
        return object(Stix.newId(type), type, name, description, more, tlp, modified);
    }

    private static String object(String id, String type, String name, String description, String more, Tlp tlp, String modified) {
        String typed = switch (type) {
            case "malware" -> ",\"is_family\":false";
            default -> "";
        };
        return """
                {"type":"%s","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z","modified":"%s",
                 "name":"%s"%s%s%s,"object_marking_refs":["%s"]}""".formatted(type, id, modified, name,
                description.isEmpty() ? "" : ",\"description\":\"" + description + "\"", typed, more, tlp.markingId());
    }
}
