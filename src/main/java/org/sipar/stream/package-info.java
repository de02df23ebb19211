/**
 * Real-time exchange: what leaves Sipar as intelligence changes, and what arrives from other instances. It owns
 * the live streams ({@code GET /api/v1/stream}, Server-Sent Events, and the live feed page), the webhooks that
 * organisations register, and the federation links that pull from and push to remote TAXII 2.1 collections.
 *
 * <p>Everything here reads intel's commit-ordered change log ({@link org.sipar.intel.Intelligence#changes} for a
 * reader, {@link org.sipar.intel.SystemRead} under its rule) and is woken by intel's events
 * ({@link org.sipar.intel.IntelligenceChanged}); nothing polls intel's tables. Every change delivered to anyone
 * is decided by the one sharing policy ({@link org.sipar.sharing.SharingPolicy}), granular markings applied
 * ({@link org.sipar.intel.StixRedaction}), so a subscriber never receives what it could not read through TAXII.
 *
 * <p>Public API: none yet; other modules add their own kinds of change to the feed through their events. The web
 * interface is {@code GET /api/v1/stream} (Server-Sent Events: {@code id} the change's position, {@code event} its
 * kind, {@code data} one line of JSON with {@code kind}, {@code id}, {@code type}, {@code modified} and, for
 * versions, {@code tlp} and {@code object}; filters {@code type}, {@code label}, {@code tlp},
 * {@code min_confidence}, {@code collection}; resume with {@code Last-Event-ID} or {@code after}), for web sessions,
 * HTTP Basic, Bearer tokens and anonymous callers (TLP:CLEAR), and the live feed page {@code /stream}.
 *
 * <p>Live streams ({@code .internal.live}): one dispatcher per node, woken by {@code FeedSignal} after every
 * intelligence change commits, reads the change log once per wake for each group of streams that read as equal
 * readers (within the same collection), filters per stream, and hands frames to each stream's bounded buffer,
 * written by a short task on a virtual thread: the writer of intelligence never waits on a subscriber, nor one
 * subscriber on another. (On a JDK older than 24 a blocked socket write pins its carrier thread; run on 24 or later.)
 *
 * <p>Webhooks ({@code stream.internal.webhook}) own the tables {@code stream_webhooks} (an organisation's endpoints:
 * URL, filters, the signing secret sealed by the platform's {@code Secrets}, the position in the change log) and
 * {@code stream_webhook_deliveries} (the queued, delivered and dead messages), from {@code V21}. An endpoint reads
 * the change log as its organisation (never as a person: no TLP:RED), see docs/webhooks.md.
 *
 * <p><b>Federation</b> ({@code stream.internal.federation}): links, managed by a hub administrator for any
 * organisation or an organisation administrator for their own, to remote TAXII 2.1 collections. A pull imports each
 * page through intel's one import path as published by the link's organisation, and moves its {@code added_after}
 * cursor only once the page's import ended; a push follows the change log as the organisation's reader and sends its
 * own copies at most at the link's TLP, never what came from the same remote collection. TAXII lists no
 * tombstones, so a deletion upstream reaches us by reconciliation: the remote manifest against what we hold from
 * the link. The origin of each pulled version is shown on the object's page ({@link org.sipar.intel.ObjectAnnotation}).
 *
 * <p><b>Several nodes</b> ({@code stream.internal.cluster}): with {@code sipar.kafka.bootstrap-servers} set, intel's
 * change events are externalised to Kafka and every node's consumer wakes its {@code FeedSignal}; without it there
 * is no Kafka client at all (docs/deployment.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Real-time exchange",
        allowedDependencies = {"platform", "identity", "sharing", "intel", "intel::pattern", "taxii"})
package org.sipar.stream;
