package org.sipar.advisory.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes an advisory's revision as the CSAF trusted provider serves it: one document per language (the Urdu one
 * when its title and summary are translated), its JSON written once, hashed (SHA-256, SHA-512) and signed, stored
 * as served, so that every later read (file, index, feed, page) serves the very bytes the hashes and signature are of.
 * Each revision published announces itself ({@link org.sipar.advisory.AdvisoryPublished}) in the same transaction.
 */
@Component
class Provider {

    private final CsafDocuments csaf;
    private final PublishedDocuments documents;
    private final DocumentSigner signer;
    private final ProviderAddresses address;
    private final org.springframework.context.ApplicationEventPublisher events;

    Provider(CsafDocuments csaf, PublishedDocuments documents, DocumentSigner signer, ProviderAddresses address,
             org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.csaf = csaf;
        this.documents = documents;
        this.signer = signer;
        this.address = address;
    }

    /** The tracking id of {@code a}'s document in {@code lang}: the Urdu translation's ends in {@code -UR}. */
    static String trackingId(Advisory a, String lang) {
        return "ur".equals(lang) ? a.trackingId() + "-UR" : a.trackingId();
    }

    /** CSAF 2.0 section 5.1: the tracking id in lower case, each run of other characters than + - a-z 0-9 as _. */
    static String fileName(String trackingId) {
        return trackingId.toLowerCase(Locale.ROOT).replaceAll("[^+\\-a-z0-9]+", "_") + ".json";
    }

    void publish(Advisory a, String changes) {
        write(a, changes.isBlank() ? (a.revision() == 1 ? "Initial release" : "Revision " + a.revision()) : changes.strip(), null);
    }

    void withdraw(Advisory a, String why) {
        write(a, "Withdrawn: " + why.strip(), why.strip());
    }

    private void write(Advisory a, String changeSummary, String withdrawnBecause) {
        List<CsafDocuments.RevisionEntry> history = new ArrayList<>(documents.history(a.id()));
        history.add(new CsafDocuments.RevisionEntry(a.revision(), a.currentRelease(), changeSummary));
        for (String lang : languages(a)) {
            String tracking = trackingId(a, lang);
            String file = fileName(tracking);
            String folder = PublishedDocument.folderOf(a.distribution().tlp(), a.initialRelease());
            ObjectNode doc = csaf.document(a, lang, history, address.absolute("/.well-known/csaf/" + folder + "/" + file));
            if (withdrawnBecause != null) {
                CsafDocuments.withdrawnNote(doc, withdrawnBecause);
            }
            documents.add(stored(a, lang, tracking, file, CsafDocuments.PRETTY.writeValueAsString(doc) + "\n", changeSummary,
                    withdrawnBecause != null));
        }
        events.publishEvent(new org.sipar.advisory.AdvisoryPublished(a.id(), a.trackingId(), a.revision(), withdrawnBecause != null));
    }

    private PublishedDocument stored(Advisory a, String lang, String tracking, String file, String json,
                                     String changeSummary, boolean withdrawn) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        AdvisoryContent c = a.content();
        List<String> cves = c.vulnerabilities().stream().map(v -> v.cve()).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> products = c.products().stream().map(p -> p.fullName()).distinct().toList();
        String severity = csaf.severity(c).orElse(null);
        return new PublishedDocument(a.id(), a.revision(), lang, tracking, file, json, hex("SHA-256", bytes),
                hex("SHA-512", bytes), signer.sign(bytes), c.title().in(lang), c.summary().in(lang), severity, cves,
                products, c.stixIds(), a.currentRelease(), a.initialRelease(), changeSummary, withdrawn, a.category(), a.audience(),
                a.distribution());
    }

    /** English always; Urdu once its title and summary are translated (a CSAF document says its own language). */
    static List<String> languages(Advisory a) {
        AdvisoryContent c = a.content();
        return c.title().ur().isEmpty() || c.summary().ur().isEmpty() ? List.of("en") : List.of("en", "ur");
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no " + algorithm, e);
        }
    }
}
