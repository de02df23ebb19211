package org.sipar.intel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.intel.Distribution;
import org.sipar.intel.ImportReport.Counts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch of checked objects and the report that accounts for them in one transaction, so that a
 * crash leaves either both or neither. The batch goes in as one statement over arrays (one round trip and
 * one plan, not one per object). A version already stored (same id and modified) is counted as a
 * duplicate, not stored twice.
 */
@Component
class Batches {

    private static final String INSERT = """
            insert into intel_objects (id, type, spec_version, modified, modified_at, revoked, tlp, publisher_org,
                publisher_person, recipient_orgs, recipient_groups, recipient_people, pap, labels, import_id, object)
            select u.id, u.type, u.spec_version, u.modified, coalesce(cast(nullif(u.modified, '') as timestamptz), clock_timestamp()),
                coalesce((u.object ->> 'revoked')::boolean, false), u.tlp, :publisher_org, :publisher_person,
                cast(:orgs as uuid[]), cast(:groups as uuid[]), cast(:people as uuid[]), u.pap,
                case when jsonb_typeof(u.object -> 'labels') = 'array'
                     then array(select jsonb_array_elements_text(u.object -> 'labels')) else '{}' end,
                :import_id, u.object
            from unnest(cast(:ids as text[]), cast(:types as text[]), cast(:spec_versions as text[]),
                        cast(:modifieds as text[]), cast(:tlps as text[]), cast(:paps as text[]), cast(:objects as jsonb[]))
                 as u(id, type, spec_version, modified, tlp, pap, object)
            on conflict (id, modified) do nothing
            returning id || '|' || modified""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Imports imports;
    private final JsonMapper json;

    Batches(JdbcClient jdbc, TransactionTemplate transaction, Imports imports, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.imports = imports;
        this.json = json;
    }

    void write(Segment segment, ReportBuilder report, String status) {
        transaction.executeWithoutResult(tx -> {
            segment.applyTo(report);
            List<Candidate> batch = withoutRevoked(segment.candidates, report);
            Set<String> inserted = batch.isEmpty() ? Set.of() : insert(batch, report.id());
            for (Candidate c : batch) {
                // Of several copies of one version in a batch, one was inserted: the first counts as accepted.
                boolean added = inserted.remove(c.id() + "|" + c.modified());
                report.count(c.type(), new Counts(added ? 1 : 0, added ? 0 : 1, added && c.upgraded() ? 1 : 0, 0, c.warnings()));
            }
            imports.save(report.snapshot(status));
        });
    }

    /**
     * Drops (and reports) new versions of objects already revoked: STIX allows no version after revocation.
     * Copies of versions already stored pass on, to be counted as duplicates.
     */
    private List<Candidate> withoutRevoked(List<Candidate> batch, ReportBuilder report) {
        if (batch.isEmpty()) {
            return batch;
        }
        Map<String, Set<String>> revoked = new HashMap<>();
        jdbc.sql("select o.id, v.modified from intel_objects o join intel_objects v on v.id = o.id"
                        + " where o.id = any(:ids) and o.revoked")
                .param("ids", batch.stream().map(Candidate::id).distinct().toArray(String[]::new))
                .query((rs, n) -> revoked.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)))
                .list();
        List<Candidate> kept = new ArrayList<>(batch.size());
        for (Candidate c : batch) {
            Set<String> stored = revoked.get(c.id());
            if (stored != null && !stored.contains(c.modified())) {
                report.reject(c.type(), c.index(), c.id(), List.of("the object was revoked; STIX accepts no later versions of it"));
            } else {
                kept.add(c);
            }
        }
        return kept;
    }

    private Set<String> insert(List<Candidate> batch, UUID importId) {
        int n = batch.size();
        String[] ids = new String[n], types = new String[n], versions = new String[n], modifieds = new String[n];
        String[] tlps = new String[n], paps = new String[n], objects = new String[n];
        for (int i = 0; i < n; i++) {
            Candidate c = batch.get(i);
            ids[i] = c.id();
            types[i] = c.type();
            versions[i] = c.object().path("spec_version").asString("2.1");
            modifieds[i] = c.modified();
            tlps[i] = c.distribution().tlp().name();
            paps[i] = c.pap();
            objects[i] = json.writeValueAsString(c.object());
        }
        Distribution d = batch.getFirst().distribution();
        Set<String> inserted = new HashSet<>();
        jdbc.sql(INSERT).param("publisher_org", d.publisherOrganisation()).param("publisher_person", d.publisherPerson())
                .param("orgs", d.organisations().toArray(UUID[]::new)).param("groups", d.groups().toArray(UUID[]::new))
                .param("people", d.people().toArray(UUID[]::new)).param("import_id", importId)
                .param("ids", ids).param("types", types).param("spec_versions", versions).param("modifieds", modifieds)
                .param("tlps", tlps).param("paps", paps).param("objects", objects)
                .query(String.class).list().forEach(inserted::add);
        return inserted;
    }
}
