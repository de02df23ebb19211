package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.taxii.TaxiiClient.ROOT;
import static org.sipar.taxii.TaxiiClient.as;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every TLP level against every kind of viewer over every TAXII output: an object is present exactly when
 * the sharing policy lets the viewer see it. Objects are published by a bank analyst to the ministry, a
 * sharing group of the telecom operator, and one person at the internet community body.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxiiPolicyMatrixTests {

    static final String PUBLISHER = "analyst@bank.demo";
    static final String NAMED_PERSON = "admin@nic.demo";
    static final String V1 = "2026-04-01T00:00:00.000Z";
    static final String V2 = "2026-04-02T00:00:00.000Z";
    /** Viewer to organisation; null is the anonymous caller. */
    static final Map<String, String> VIEWERS = viewers();

    @LocalServerPort
    int port;

    @Autowired
    SharingPolicy policy;

    TaxiiClient taxii;
    Identities identities;
    Map<Tlp, String> ids = new EnumMap<>(Tlp.class);
    UUID group;
    String groupCollection;
    Map<String, Reader> readers = new LinkedHashMap<>();
    Distribution distribution;

    @BeforeAll
    void publishOneObjectPerLevel() {
        taxii = new TaxiiClient(port);
        identities = new Identities(port);
        String groupName = identities.group("Matrix", List.of(identities.organisation("Indus Telecom")));
        group = identities.groupId(groupName);
        UUID ministry = identities.organisation("Ministry of Information Technology");
        UUID person = identities.person(NAMED_PERSON);
        List<String> objects = new ArrayList<>();
        for (Tlp tlp : Tlp.values()) {
            String id = Stix.newId("indicator");
            ids.put(tlp, id);
            objects.add(Stix.indicator(id, V1, tlp));
            objects.add(Stix.indicator(id, V2, tlp));
        }
        String bundle = "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + String.join(",", objects) + "]}";
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles?organisations=" + ministry
                + "&groups=" + group + "&people=" + person, as(PUBLISHER), bundle);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        groupCollection = taxii.collection(groupName, as(PUBLISHER));
        distribution = new Distribution(Tlp.CLEAR, identities.organisation("First National Bank"),
                identities.person(PUBLISHER), Set.of(ministry), Set.of(group), Set.of(person));
        VIEWERS.forEach((viewer, organisation) -> readers.put(String.valueOf(viewer), reader(viewer, organisation)));
    }

    @Test
    void theExpectationsAreTheSharingPolicys() {
        Map<Tlp, Set<String>> expected = new EnumMap<>(Tlp.class);
        expected.put(Tlp.CLEAR, VIEWERS.keySet().stream().map(String::valueOf).collect(Collectors.toSet()));
        expected.put(Tlp.GREEN, signedIn());
        expected.put(Tlp.AMBER, Set.of("analyst@moit.demo", "analyst@telco.demo", "member@bank.demo", PUBLISHER,
                "admin@cert.demo", "analyst@cert.demo"));
        expected.put(Tlp.AMBER_STRICT, Set.of("analyst@moit.demo", "member@bank.demo", PUBLISHER));
        expected.put(Tlp.RED, Set.of(PUBLISHER, NAMED_PERSON));
        for (Tlp tlp : Tlp.values()) {
            assertThat(readers.keySet().stream().filter(v -> maySee(v, tlp)).collect(Collectors.toSet()))
                    .as(tlp.label()).isEqualTo(expected.get(tlp));
        }
    }

    @Test
    void objectsOfTheAllCollection() {
        String all = ROOT + "collections/" + taxii.collection("All intelligence", null) + "/";
        forEachViewer((viewer, auth) -> assertThat(listed(all + "objects/", auth)).as(viewer).isEqualTo(visible(viewer)));
    }

    @Test
    void manifestOfTheAllCollection() {
        String all = ROOT + "collections/" + taxii.collection("All intelligence", null) + "/";
        forEachViewer((viewer, auth) -> assertThat(listed(all + "manifest/", auth)).as(viewer).isEqualTo(visible(viewer)));
    }

    @Test
    void singleObjectsAndTheirVersions() {
        String all = ROOT + "collections/" + taxii.collection("All intelligence", null) + "/objects/";
        forEachViewer((viewer, auth) -> {
            for (Tlp tlp : Tlp.values()) {
                boolean may = maySee(viewer, tlp);
                TaxiiClient.Answer one = taxii.get(all + ids.get(tlp) + "/", auth, Map.of("match[version]", "all"));
                TaxiiClient.Answer versions = taxii.get(all + ids.get(tlp) + "/versions/", auth);
                assertThat(one.status()).as(viewer + " " + tlp).isEqualTo(may ? 200 : 404);
                assertThat(versions.status()).as(viewer + " " + tlp).isEqualTo(may ? 200 : 404);
                assertThat(one.list("objects", "id")).as(viewer + " " + tlp).hasSize(may ? 2 : 0);
                assertThat(versions.list("versions", null)).as(viewer + " " + tlp).isEqualTo(may ? List.of(V1, V2) : List.of());
            }
        });
    }

    @Test
    void theRecipientGroupsCollectionShowsTheSameToSignedInViewers() {
        forEachViewer((viewer, auth) -> {
            if (auth == null) {
                assertThat(taxii.get(ROOT + "collections/" + groupCollection + "/objects/", null).status()).isEqualTo(401);
                return;
            }
            assertThat(listed(ROOT + "collections/" + groupCollection + "/objects/", auth)).as(viewer).isEqualTo(visible(viewer));
            assertThat(listed(ROOT + "collections/" + groupCollection + "/manifest/", auth)).as(viewer).isEqualTo(visible(viewer));
        });
    }

    @Test
    void thePublishersSubmissionsCollectionShowsTheSameToThoseWhoReadIt() {
        String submissions = taxii.collection("First National Bank submissions", as(PUBLISHER));
        forEachViewer((viewer, auth) -> {
            TaxiiClient.Answer answer = taxii.get(ROOT + "collections/" + submissions + "/objects/", auth,
                    Map.of("match[id]", String.join(",", ids.values())));
            boolean reads = viewer.endsWith("@bank.demo") || viewer.equals("admin@cert.demo");
            assertThat(answer.status()).as(viewer).isEqualTo(reads ? 200 : auth == null ? 401 : 404);
            if (reads) {
                assertThat(new HashSet<>(answer.list("objects", "id"))).as(viewer).isEqualTo(visible(viewer));
            }
        });
    }

    private Set<String> listed(String path, String auth) {
        TaxiiClient.Answer answer = taxii.get(path, auth, Map.of("match[id]", String.join(",", ids.values()),
                "match[version]", "all"));
        assertThat(answer.status()).isEqualTo(200);
        List<String> listed = answer.list("objects", "id");
        assertThat(listed).hasSize(2 * new HashSet<>(listed).size());
        return new HashSet<>(listed);
    }

    private Set<String> visible(String viewer) {
        return ids.entrySet().stream().filter(e -> maySee(viewer, e.getKey())).map(Map.Entry::getValue).collect(Collectors.toSet());
    }

    private boolean maySee(String viewer, Tlp tlp) {
        return policy.maySee(readers.get(viewer), distribution.at(tlp));
    }

    private void forEachViewer(java.util.function.BiConsumer<String, String> check) {
        VIEWERS.keySet().forEach(viewer -> check.accept(String.valueOf(viewer), as(viewer)));
    }

    private Set<String> signedIn() {
        return VIEWERS.keySet().stream().filter(v -> v != null).collect(Collectors.toSet());
    }

    private Reader reader(String viewer, String organisation) {
        if (viewer == null) {
            return Reader.ANONYMOUS;
        }
        UUID demoGroup = identities.groupId("Finance and telecom sector");
        Set<UUID> groups = switch (organisation) {
            case "Indus Telecom" -> Set.of(demoGroup, group);
            case "First National Bank", "National CERT" -> Set.of(demoGroup);
            default -> Set.of();
        };
        return new Reader(identities.person(viewer), identities.organisation(organisation),
                organisation.equals("National CERT"), groups);
    }

    private static Map<String, String> viewers() {
        Map<String, String> viewers = new LinkedHashMap<>();
        viewers.put(null, null);
        viewers.put("analyst@nic.demo", "National Internet Community");
        viewers.put("analyst@moit.demo", "Ministry of Information Technology");
        viewers.put("analyst@telco.demo", "Indus Telecom");
        viewers.put("member@bank.demo", "First National Bank");
        viewers.put(PUBLISHER, "First National Bank");
        viewers.put("admin@cert.demo", "National CERT");
        viewers.put("analyst@cert.demo", "National CERT");
        viewers.put(NAMED_PERSON, "National Internet Community");
        return viewers;
    }
}
