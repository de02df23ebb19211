/**
 * Threat intelligence: the STIX 2.1 store (every version of every object, kept verbatim) and ingestion with
 * an import report. Who may see what is the sharing module's {@link org.sipar.sharing.SharingPolicy}; this
 * module applies it to STIX, including the parts of an object that granular markings cover
 * ({@link org.sipar.intel.StixRedaction}, {@link org.sipar.intel.GranularMarkings}). Its public API is this
 * package ({@link org.sipar.intel.Intelligence}, {@link org.sipar.intel.StixRedaction} and the records they
 * use; {@link org.sipar.intel.SystemRead}, the one read past the policy, under the rule it states;
 * {@link org.sipar.intel.ObjectAnnotation}, which another module implements to add a line to an object's page), the events
 * it publishes ({@link org.sipar.intel.IntelligenceChanged}, {@link org.sipar.intel.ImportFinished}) and the named interface {@code pattern}, the package
 * {@code intel.pattern} (the patterning language), which another module lists as {@code intel::pattern} in its
 * allowed dependencies. {@code intel.stix} (validation by the specification) is no named interface and is used
 * inside the module only, as is everything under {@code intel.internal}.
 *
 * <h2>Imports</h2>
 * Every import, whatever its entry (REST, web upload, TAXII), goes through one durable, bounded queue: its bundle
 * is spooled to {@code <data-dir>/intel-spool/} and forced to disk, its row in {@code intel_imports} says
 * {@code queued}, and one executor of {@code sipar.intel.import-threads} threads runs the imports in turn. At most
 * {@code sipar.intel.import-queue-capacity} wait; beyond that a submission is refused ({@link org.sipar.intel.ImportQueueFull}).
 * A stop or crash leaves queued and running imports to the next start, which runs them again from their spool.
 *
 * <h2>Who owns an object, and what each reader is shown</h2>
 * <ul>
 * <li><b>Copies.</b> Every version belongs to the copy of the organisation that published it. Only that
 *     organisation adds versions to its copy or revokes it (a hub administrator may publish for another
 *     organisation, and is audited doing so). When another organisation submits the same id (an observable,
 *     whose id derives from its value, or an object it re-shares) its versions form a copy of its own, under
 *     its own distribution: one object sent by two organisations is held under both, and neither changes the
 *     other's.</li>
 * <li><b>The owner</b> of an id is the organisation whose copy was stored first (its rank is 0); later copies
 *     rank 1. The built-in TLP marking definitions belong to no one; a copy of one is a duplicate.</li>
 * <li><b>An import sees only its publisher's copy.</b> Duplicates, conflicts and revocations are judged against
 *     the publisher's own copy alone, so nothing in a report (counts, reasons, notes) depends on what another
 *     organisation holds, visible or not.</li>
 * <li><b>Versions</b> are compared by instant, to the microsecond: {@code ...00.000Z} and {@code ...00.000000Z}
 *     are one version. The same version with other content is a conflict: the held one stays (STIX) and the
 *     report names the id, the position and the properties that differ. A version later than one that revoked
 *     the copy is refused; an earlier one is history and is stored, whatever the order of arrival; a revoking
 *     version earlier than a held version is refused, as that later version may not exist.</li>
 * <li><b>What a reader is shown.</b> Of the copies of an id that the reader may see under the policy, one:
 *     their own organisation's, else the owner's, else the one of the lowest organisation id. "Latest",
 *     "first" and "all" versions are taken within that copy and among the versions the reader may see, so a
 *     hidden newer version never hides an older one, and there is exactly one latest version per id per
 *     reader. A copy the reader may not see never changes what they are shown.</li>
 * <li><b>Withheld rows</b> (an object whose required part a granular marking hides, or that a text search or
 *     label filter matched while a part is hidden) are skipped as if absent: the page's cursor and "more"
 *     follow the rows shown.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence",
        allowedDependencies = {"platform", "identity", "sharing"})
package org.sipar.intel;
