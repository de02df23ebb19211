package org.sipar.advisory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the provider says of its documents: {@code provider-metadata.json} (CSAF 2.0 section 7.1.7), and per TLP
 * folder {@code index.txt} (7.1.13), {@code changes.csv} (7.1.14) and the ROLIE feed (7.1.16), each listing the
 * documents it is given (those the caller may see).
 */
@Component
class ProviderFeeds {

    static final List<String> FOLDERS = List.of("white", "green", "amber", "red");
    private final CsafPublisher publisher;
    private final ProviderAddresses address;
    private final DocumentSigner signer;
    private final PublishedDocuments documents;
    private final Clock clock;

    ProviderFeeds(CsafPublisher publisher, ProviderAddresses address, DocumentSigner signer, PublishedDocuments documents,
                  Clock clock) {
        this.publisher = publisher;
        this.address = address;
        this.signer = signer;
        this.documents = documents;
        this.clock = clock;
    }

    String providerMetadata() {
        ObjectNode m = JsonMapper.shared().createObjectNode();
        m.put("canonical_url", url("/provider-metadata.json"));
        ArrayNode distributions = m.putArray("distributions");
        for (String folder : FOLDERS) {
            ObjectNode d = distributions.addObject().put("directory_url", url("/" + folder + "/"));
            d.putObject("rolie").putArray("feeds").addObject()
                    .put("summary", "TLP:" + folder.toUpperCase(java.util.Locale.ROOT) + " advisories")
                    .put("tlp_label", folder.toUpperCase(java.util.Locale.ROOT)).put("url", rolieUrl(folder));
        }
        m.put("last_updated", CsafDocuments.iso(lastPublicRelease()));
        m.put("list_on_CSAF_aggregators", true);
        m.put("metadata_version", "2.0");
        m.put("mirror_on_CSAF_aggregators", true);
        ArrayNode keys = m.putArray("public_openpgp_keys");
        signer.publicKeys().forEach(k -> keys.addObject().put("fingerprint", k.fingerprint()).put("url", k.url()));
        m.set("publisher", publisher.node());
        m.put("role", "csaf_trusted_provider");
        return CsafDocuments.PRETTY.writeValueAsString(m) + "\n";
    }

    /** When the newest public document was released: the metadata tells nothing of the others. */
    private Instant lastPublicRelease() {
        return documents.lastRelease(Reader.ANONYMOUS, List.of(Tlp.CLEAR)).orElse(Instant.parse("2026-01-01T00:00:00Z"));
    }

    String index(List<PublishedDocument> docs) {
        StringBuilder s = new StringBuilder();
        docs.stream().map(d -> d.path().substring(d.path().indexOf('/') + 1)).sorted().forEach(p -> s.append(p).append('\n'));
        return s.toString();
    }

    String changes(List<PublishedDocument> docs) {
        StringBuilder s = new StringBuilder();
        docs.stream().sorted(Comparator.comparing(PublishedDocument::releasedAt).reversed()
                        .thenComparing(PublishedDocument::fileName))
                .forEach(d -> s.append('"').append(d.path().substring(d.path().indexOf('/') + 1)).append("\",\"")
                        .append(CsafDocuments.iso(d.releasedAt())).append("\"\n"));
        return s.toString();
    }

    String rolie(String folder, List<PublishedDocument> docs) {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        ObjectNode feed = root.putObject("feed");
        feed.put("id", "csaf-feed-tlp-" + folder);
        feed.put("title", publisher.name() + " CSAF feed (TLP:" + folder.toUpperCase(java.util.Locale.ROOT) + ")");
        feed.putArray("link").addObject().put("rel", "self").put("href", rolieUrl(folder));
        feed.putArray("category").addObject().put("scheme", "urn:ietf:params:rolie:category:information-type")
                .put("term", "csaf");
        feed.put("updated", CsafDocuments.iso(docs.stream().map(PublishedDocument::releasedAt)
                .max(Comparator.naturalOrder()).orElse(clock.instant())));
        ArrayNode entries = feed.putArray("entry");
        docs.forEach(d -> entry(entries.addObject(), d));
        return CsafDocuments.PRETTY.writeValueAsString(root) + "\n";
    }

    private void entry(ObjectNode e, PublishedDocument d) {
        String doc = url("/" + d.path());
        e.put("id", d.trackingId());
        e.put("title", d.title());
        ArrayNode links = e.putArray("link");
        links.addObject().put("rel", "self").put("href", doc);
        links.addObject().put("rel", "hash").put("href", doc + ".sha256");
        links.addObject().put("rel", "hash").put("href", doc + ".sha512");
        if (d.signature() != null) {
            links.addObject().put("rel", "signature").put("href", doc + ".asc");
        }
        e.put("published", CsafDocuments.iso(d.initialRelease()));
        e.put("updated", CsafDocuments.iso(d.releasedAt()));
        e.putObject("summary").put("content", d.summary());
        e.putObject("content").put("type", "application/json").put("src", doc);
        e.putObject("format").put("schema", "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json")
                .put("version", "2.0");
    }

    String rolieUrl(String folder) {
        return url("/" + folder + "/csaf-feed-tlp-" + folder + ".json");
    }

    private String url(String path) {
        return address.absolute("/.well-known/csaf" + path);
    }
}
