package org.sipar.advisory;

import java.util.UUID;

/**
 * A revision of an advisory was published (or, with {@code withdrawn}, the final revision that withdraws it):
 * published inside the transaction that stored its documents. It names what changed, never who may see it: a
 * listener reads the documents through the advisory module, under the sharing policy.
 *
 * @param advisoryId the advisory
 * @param trackingId its (English document's) tracking id
 * @param revision the revision published, from 1
 * @param withdrawn whether this revision withdraws the advisory
 */
public record AdvisoryPublished(UUID advisoryId, String trackingId, int revision, boolean withdrawn) {
}
