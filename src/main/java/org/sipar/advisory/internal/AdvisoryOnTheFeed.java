package org.sipar.advisory.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.advisory.AdvisoryPublished;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.sharing.Distribution;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts each published revision on the change feed: a STIX 2.1 {@code report} of the advisory (its ids fixed by the
 * tracking id, {@code modified} its release, so a redelivered event imports a duplicate and nothing more), marked with
 * the advisory's TLP and published to its recipients, referring to the intelligence it names and to a
 * {@code vulnerability} per CVE; a withdrawal revokes it. From there the live stream, webhooks, TAXII and federation
 * carry it, each decided by the one sharing policy, as every other change.
 */
@Component
class AdvisoryOnTheFeed {

    private final Advisories advisories;
    private final Intelligence intelligence;
    private final CsafPublisher publisher;
    private final ProviderAddresses addresses;

    AdvisoryOnTheFeed(Advisories advisories, Intelligence intelligence, CsafPublisher publisher, ProviderAddresses addresses) {
        this.advisories = advisories;
        this.intelligence = intelligence;
        this.publisher = publisher;
        this.addresses = addresses;
    }

    /**
     * Queues the report's import outside any transaction: the import queue reads its record from another thread, so
     * it must be committed when queued. Queuing is durable (the bundle is spooled first) and a repeat is a duplicate.
     */
    @ApplicationModuleListener(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void on(AdvisoryPublished published) {
        Advisory a = advisories.find(published.advisoryId()).orElseThrow();
        Distribution d = a.distribution();
        Publication publication = new Publication(d.publisherOrganisation(), d.publisherPerson(), d.organisations(),
                d.groups(), d.people(), "advisory " + a.trackingId(), d.tlp());
        byte[] bundle = JsonMapper.shared().writeValueAsBytes(bundle(a, published.withdrawn()));
        intelligence.submit(publication, out -> out.write(bundle));
    }

    ObjectNode bundle(Advisory a, boolean withdrawn) {
        ObjectNode bundle = JsonMapper.shared().createObjectNode().put("type", "bundle")
                .put("id", "bundle--" + UUID.randomUUID());
        ArrayNode objects = bundle.putArray("objects");
        String identity = id("identity", "publisher");
        String created = FIXED;
        objects.addObject().put("type", "identity").put("spec_version", "2.1").put("id", identity)
                .put("created", created).put("modified", created).put("name", publisher.name())
                .put("identity_class", "organization");
        List<String> refs = new ArrayList<>(a.content().stixIds());
        for (String cve : a.content().vulnerabilities().stream().map(v -> v.cve()).filter(c -> !c.isEmpty()).distinct().toList()) {
            String vulnerability = id("vulnerability", cve);
            refs.add(vulnerability);
            ObjectNode v = objects.addObject().put("type", "vulnerability").put("spec_version", "2.1").put("id", vulnerability)
                    .put("created", created).put("modified", created).put("name", cve).put("created_by_ref", identity);
            v.putArray("external_references").addObject().put("source_name", "cve").put("external_id", cve);
        }
        refs.add(identity);
        objects.add(report(a, withdrawn, identity, refs));
        return bundle;
    }

    private ObjectNode report(Advisory a, boolean withdrawn, String identity, List<String> refs) {
        ObjectNode r = JsonMapper.shared().createObjectNode().put("type", "report").put("spec_version", "2.1")
                .put("id", id("report", a.trackingId())).put("created", stix(a.initialRelease()))
                .put("modified", stix(a.currentRelease())).put("created_by_ref", identity)
                .put("name", a.content().title().en()).put("description", a.content().summary().en())
                .put("published", stix(a.currentRelease()));
        r.putArray("report_types").add(a.category().aboutProducts() ? "vulnerability" : "threat-report");
        ArrayNode labels = r.putArray("labels").add("advisory").add(a.category().csaf());
        if (withdrawn) {
            r.put("revoked", true);
            labels.add("withdrawn");
        }
        ArrayNode objectRefs = r.putArray("object_refs");
        refs.stream().distinct().forEach(objectRefs::add);
        ArrayNode external = r.putArray("external_references");
        external.addObject().put("source_name", "csaf").put("external_id", a.trackingId())
                .put("url", addresses.absolute("/.well-known/csaf/" + PublishedDocument.folderOf(a.distribution().tlp(),
                        a.initialRelease()) + "/" + Provider.fileName(a.trackingId())));
        r.putArray("object_marking_refs").add(a.distribution().tlp().markingId());
        return r;
    }

    /** When the publisher's identity and the CVEs' vulnerability objects were made: one version of each, ever. */
    private static final String FIXED = "2026-01-01T00:00:00.000Z";

    /** A STIX timestamp: UTC, to the millisecond, as STIX wants created and modified. */
    private static String stix(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** A fixed id for what {@code name} names, so each revision and each redelivery is the same object. */
    private static String id(String type, String name) {
        return type + "--" + UUID.nameUUIDFromBytes(("sipar-advisory:" + type + ":" + name).getBytes(StandardCharsets.UTF_8));
    }
}
