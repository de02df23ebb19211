package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxiiPagingTests {

    static final int COUNT = 2500;
    static final String ANALYST = "analyst@moit.demo";
    static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";

    @LocalServerPort
    int port;

    TaxiiClient taxii;
    String collection;
    Set<String> added;

    @BeforeAll
    void aCollectionOf2500Objects() {
        taxii = new TaxiiClient(port);
        Identities directory = new Identities(port);
        String group = directory.group("Paging", List.of(directory.organisation("Ministry of Information Technology")));
        collection = ROOT + "collections/" + taxii.collection(group, as(ANALYST)) + "/";
        List<String> objects = new ArrayList<>();
        added = new HashSet<>();
        for (int i = 0; i < COUNT; i++) {
            String id = Stix.newId("indicator");
            added.add(id);
            objects.add(Stix.indicator(id, Stix.CREATED, Tlp.GREEN));
        }
        TaxiiClient.Answer status = taxii.add(taxii.collection(group, as(ANALYST)), as(ANALYST), objects);
        assertThat(status.json().path("success_count").asInt()).isEqualTo(COUNT);
    }

    @Test
    void pagingWithNextReachesEveryObjectExactlyOnce() {
        List<String> seen = new ArrayList<>();
        List<TaxiiClient.Answer> pages = walk("objects/", seen);
        assertThat(pages).hasSize(COUNT / 100);
        assertThat(seen).hasSize(COUNT).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(added);
        for (int i = 0; i < pages.size(); i++) {
            boolean last = i == pages.size() - 1;
            assertThat(pages.get(i).json().path("more").asBoolean()).isEqualTo(!last);
            assertThat(pages.get(i).json().has("next")).isEqualTo(!last);
        }
    }

    @Test
    void dateAddedHeadersBoundEachPageAndFollowTheManifest() {
        List<String> ids = new ArrayList<>();
        List<TaxiiClient.Answer> pages = walk("objects/", ids);
        List<TaxiiClient.Answer> manifests = walk("manifest/", new ArrayList<>());
        String previousLast = "";
        for (int i = 0; i < pages.size(); i++) {
            TaxiiClient.Answer page = pages.get(i);
            List<String> added = manifests.get(i).list("objects", "date_added");
            assertThat(page.header("X-TAXII-Date-Added-First")).matches(TIMESTAMP).isEqualTo(added.getFirst());
            assertThat(page.header("X-TAXII-Date-Added-Last")).matches(TIMESTAMP).isEqualTo(added.getLast());
            assertThat(manifests.get(i).header("X-TAXII-Date-Added-First")).isEqualTo(added.getFirst());
            assertThat(page.header("X-TAXII-Date-Added-First")).isGreaterThanOrEqualTo(previousLast);
            assertThat(page.list("objects", "id")).isEqualTo(manifests.get(i).list("objects", "id"));
            previousLast = page.header("X-TAXII-Date-Added-Last");
        }
    }

    @Test
    void aCursorIsStatelessAndGivesTheSamePageAgain() {
        TaxiiClient.Answer first = taxii.get(collection + "objects/", as(ANALYST), Map.of("limit", "100"));
        String next = first.json().path("next").asString();
        TaxiiClient.Answer again = taxii.get(collection + "objects/", as(ANALYST), Map.of("limit", "100", "next", next));
        TaxiiClient.Answer once = taxii.get(collection + "objects/", as(ANALYST), Map.of("limit", "100", "next", next));
        assertThat(again.list("objects", "id")).isEqualTo(once.list("objects", "id")).hasSize(100)
                .doesNotContainAnyElementsOf(first.list("objects", "id"));
        // Nothing but the position: no server-side state to lose in a restart, nothing secret to leak.
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(next), java.nio.charset.StandardCharsets.US_ASCII))
                .matches("seq:\\d+");
    }

    @Test
    void limitAboveTheMaximumIsCutToOneThousand() {
        TaxiiClient.Answer page = taxii.get(collection + "objects/", as(ANALYST), Map.of("limit", "5000"));
        assertThat(page.json().path("objects").size()).isEqualTo(1000);
        assertThat(page.json().path("more").asBoolean()).isTrue();
        TaxiiClient.Answer unlimited = taxii.get(collection + "manifest/", as(ANALYST));
        assertThat(unlimited.json().path("objects").size()).isEqualTo(1000);
    }

    private List<TaxiiClient.Answer> walk(String resource, List<String> ids) {
        List<TaxiiClient.Answer> pages = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>(Map.of("limit", "100"));
        while (true) {
            TaxiiClient.Answer page = taxii.get(collection + resource, as(ANALYST), query);
            assertThat(page.status()).isEqualTo(200);
            pages.add(page);
            ids.addAll(page.list("objects", "id"));
            if (!page.json().path("more").asBoolean()) {
                return pages;
            }
            query.put("next", page.json().path("next").asString());
        }
    }
}
