/**
 * Sharing: the Traffic Light Protocol 2.0 levels ({@link org.sipar.sharing.Tlp}), who a piece of shared
 * material was distributed to ({@link org.sipar.sharing.Distribution}), who is asking
 * ({@link org.sipar.sharing.Reader}, worked out from the signed-in user by {@link org.sipar.sharing.Readers}),
 * and the one {@link org.sipar.sharing.SharingPolicy} that decides who may see what. It sits below every module
 * that shares material (intelligence today; advisories, cases, training materials and datasets to come) and
 * knows nothing of what they share, so that all of them are decided by the same rules without depending on
 * the STIX store. Applying the policy to parts of a STIX object (granular markings) is the intel module's.
 *
 * <h2>The distribution columns</h2>
 * Any table of shared material carries these columns, which {@link org.sipar.sharing.SharingPolicy#condition}
 * reads under the table's alias (as {@code intel_objects} does, see {@code V3__intel.sql}):
 * <pre>
 * tlp              text   not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'))
 * publisher_org    uuid                           -- the publishing organisation
 * publisher_person uuid                           -- the publishing person (the one reader of RED besides the named people)
 * recipient_orgs   uuid[] not null default '{}'   -- organisations named as recipients
 * recipient_groups uuid[] not null default '{}'   -- sharing groups named as recipients
 * recipient_people uuid[] not null default '{}'   -- people named as recipients
 * </pre>
 * The arrays must not be null: {@code any()} and {@code &&} over null select nothing, which would hide rows
 * from their recipients rather than fail. The {@code tlp} values are the names of {@link org.sipar.sharing.Tlp}.
 * A module keeps its own table and columns (other modules never read them); what it shares is the policy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
        allowedDependencies = {"platform", "identity"})
package org.sipar.sharing;
