/**
 * TAXII 2.1: the server through which partners' tools exchange STIX with the hub. It owns the discovery and
 * API root resources, the collections (all intelligence, one per sharing group, one per organisation's
 * submissions) with who may read and write each, the objects, manifest and versions endpoints over the
 * intelligence store, and the status resources of added objects (table {@code taxii_status}): an envelope is
 * spooled under the data directory, acknowledged with a pending status and imported in the background. Every read
 * goes through {@link org.sipar.intel.Intelligence}, so the one sharing policy ({@link org.sipar.sharing.SharingPolicy})
 * decides what each caller sees.
 *
 * <p>Public API: {@link org.sipar.taxii.Collections}, the collections a caller may read and the part of the store
 * each shows, for modules that follow a collection another way (the live stream's {@code collection} filter).
 */
@org.springframework.modulith.ApplicationModule(displayName = "TAXII",
        allowedDependencies = {"platform", "identity", "intel", "sharing"})
package org.sipar.taxii;
