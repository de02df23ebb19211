package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@DemoPlatform
class TaxiiDiscoveryTests {

    static final String GROUP = "Finance and telecom sector";

    @LocalServerPort
    int port;

    TaxiiClient taxii;

    @BeforeEach
    void client() {
        taxii = new TaxiiClient(port);
    }

    @Test
    void discoveryNamesTheOneApiRoot() {
        TaxiiClient.Answer answer = taxii.get("/taxii2/", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(TaxiiClient.MEDIA);
        JsonNode body = answer.json();
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("default").asString()).isEqualTo(ROOT);
        assertThat(answer.list("api_roots", null)).containsExactly(ROOT);
    }

    @Test
    void apiRootAnnouncesVersionAndMaxContentLength() {
        JsonNode body = taxii.get(ROOT, null).json();
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("versions").get(0).asString()).isEqualTo(TaxiiClient.MEDIA);
        assertThat(body.path("versions").size()).isEqualTo(1);
        assertThat(body.path("max_content_length").asLong()).isEqualTo(100L * 1024 * 1024);
    }

    @Test
    void hubAdministratorReadsEverySubmissionsCollectionAndWritesItsOwn() {
        Map<String, List<Boolean>> seen = rights("admin@cert.demo");
        assertThat(seen).containsEntry("All intelligence", List.of(true, true))
                .containsEntry(GROUP, List.of(true, true))
                .containsEntry("National CERT submissions", List.of(true, true))
                .containsEntry("First National Bank submissions", List.of(true, false))
                .containsEntry("Indus Telecom submissions", List.of(true, false));
        // Other test classes may add groups and organisations: the admin reads every collection.
        assertThat(seen.values()).allMatch(r -> r.get(0));
        assertThat(seen.keySet().stream().filter(t -> t.endsWith(" submissions")).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void analystWritesToAllItsGroupAndItsOwnSubmissions() {
        Map<String, List<Boolean>> seen = rights("analyst@bank.demo");
        assertThat(seen).containsEntry("All intelligence", List.of(true, true))
                .containsEntry(GROUP, List.of(true, true))
                .containsEntry("First National Bank submissions", List.of(true, true));
        assertThat(seen).doesNotContainKeys("National CERT submissions", "Indus Telecom submissions");
        assertThat(seen.keySet().stream().filter(t -> t.endsWith(" submissions"))).containsExactly("First National Bank submissions");
    }

    @Test
    void memberOfAnotherOrganisationReadsTheGroupButDoesNotWriteToIt() {
        Map<String, List<Boolean>> seen = rights("analyst@nic.demo");
        assertThat(seen).containsEntry("All intelligence", List.of(true, true))
                .containsEntry(GROUP, List.of(true, false))
                .containsEntry("National Internet Community submissions", List.of(true, true))
                .doesNotContainKey("First National Bank submissions");
        assertThat(rights("member@bank.demo")).containsEntry("All intelligence", List.of(true, false))
                .containsEntry(GROUP, List.of(true, false))
                .containsEntry("First National Bank submissions", List.of(true, false));
    }

    @Test
    void aNewSharingGroupIsListedToItsMembersAtOnce() {
        assertThat(rights("analyst@nic.demo")).containsKey("All intelligence");
        Identities identities = new Identities(port);
        String group = identities.group("Fresh", List.of(identities.organisation("National Internet Community")));
        // The directory is remembered between requests, but not across a change to it.
        assertThat(rights("analyst@nic.demo")).containsEntry(group, List.of(true, true));
        assertThat(rights("analyst@bank.demo")).containsEntry(group, List.of(true, false));
    }

    @Test
    void anonymousCallerIsShownOnlyTheAllCollection() {
        assertThat(rights(null)).containsExactly(Map.entry("All intelligence", List.of(true, false)));
    }

    @Test
    void oneCollectionIsDescribedAsInTheList() {
        JsonNode first = taxii.get(ROOT + "collections/", as("analyst@bank.demo")).json().path("collections").get(0);
        TaxiiClient.Answer one = taxii.get(ROOT + "collections/" + first.path("id").asString() + "/", as("analyst@bank.demo"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(first);
        assertThat(first.path("media_types").get(0).asString()).isEqualTo("application/stix+json;version=2.1");
    }

    @Test
    void collectionIdsAreStableAcrossCalls() {
        assertThat(taxii.get(ROOT + "collections/", null).json())
                .isEqualTo(taxii.get(ROOT + "collections/", null).json());
    }

    /** Title to [can_read, can_write] of every collection the caller is shown. */
    private Map<String, List<Boolean>> rights(String email) {
        TaxiiClient.Answer answer = taxii.get(ROOT + "collections/", as(email));
        assertThat(answer.status()).isEqualTo(200);
        Map<String, List<Boolean>> rights = new HashMap<>();
        answer.json().path("collections").forEach(c -> rights.put(c.path("title").asString(),
                List.of(c.path("can_read").asBoolean(), c.path("can_write").asBoolean())));
        return rights;
    }
}
