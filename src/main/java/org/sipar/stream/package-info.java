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
 * <p><b>Federation</b> ({@code stream.internal.federation}): links, managed by a hub administrator for any
 * organisation or an organisation administrator for their own, to remote TAXII 2.1 collections. A pull imports each
 * page through intel's one import path as published by the link's organisation, and moves its {@code added_after}
 * cursor only once the page's import ended; a push follows the change log as the organisation's reader and sends its
 * own copies at most at the link's TLP, never what came from the same remote collection. TAXII lists no
 * tombstones, so a deletion upstream reaches us by reconciliation: the remote manifest against what we hold from
 * the link. The origin of each pulled version is shown on the object's page ({@link org.sipar.intel.ObjectAnnotation}).
 *
 * <p>Public API: none yet; other modules add their own kinds of change to the feed through their events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Real-time exchange",
        allowedDependencies = {"platform", "identity", "sharing", "intel", "intel::pattern", "taxii"})
package org.sipar.stream;
