package org.sipar.advisory.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.sipar.sharing.Distribution;

/**
 * One CSAF document as published: a revision of an advisory in one language, its JSON exactly as served, with its
 * hashes and signature, what lists and feeds show of it, and the distribution that decides who may read it.
 */
public record PublishedDocument(UUID advisoryId, int revision, String lang, String trackingId, String fileName,
                                String json, String sha256, String sha512, String signature, String title,
                                String summary, String severity, List<String> cves, List<String> products,
                                List<String> stixIds, Instant releasedAt, Instant initialRelease, String changeSummary, boolean withdrawn,
                                Category category, Audience audience, Distribution distribution) {

    public PublishedDocument {
        cves = List.copyOf(cves);
        products = List.copyOf(products);
        stixIds = List.copyOf(stixIds);
    }

    /** The folder of the provider it lies in: its TLP's (CSAF 2.0 label, lower case), then its first release's year. */
    public String folder() {
        return folderOf(distribution.tlp(), initialRelease);
    }

    static String folderOf(org.sipar.sharing.Tlp tlp, Instant initialRelease) {
        return CsafDocuments.csafLabel(tlp).toLowerCase(java.util.Locale.ROOT) + "/"
                + initialRelease.atZone(ZoneOffset.UTC).getYear();
    }

    /** Its path under {@code /.well-known/csaf/}. */
    public String path() {
        return folder() + "/" + fileName;
    }

    public PublishedDocument signed(String armoredSignature) {
        return new PublishedDocument(advisoryId, revision, lang, trackingId, fileName, json, sha256, sha512,
                armoredSignature, title, summary, severity, cves, products, stixIds, releasedAt, initialRelease, changeSummary,
                withdrawn, category, audience, distribution);
    }
}
