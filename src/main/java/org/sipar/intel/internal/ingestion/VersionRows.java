package org.sipar.intel.internal.ingestion;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.sipar.sharing.Distribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Writes the rows of new object versions with one {@code COPY}, and keeps the flags readers rely on. */
final class VersionRows {

    /** A version to write: the candidate, its instant, its copy's rank and "copied" flag, and its index in the write. */
    record Row(CheckedObject candidate, Instant at, int rank, boolean copied, int index) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    VersionRows(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /**
     * Writes new versions with one {@code COPY}. The version instant is the one Java computed
     * ({@link VersionInstant}); an object without versions is stamped with {@code storedAt}.
     */
    void copy(List<Row> batch, UUID importId, Instant storedAt, long writeId) {
        CopyRows rows = new CopyRows(batch.size() * 600);
        Distribution d = batch.getFirst().candidate().distribution();
        String publisherOrg = d.publisherOrganisation() == null ? null : d.publisherOrganisation().toString();
        String publisherPerson = d.publisherPerson() == null ? null : d.publisherPerson().toString();
        String orgs = CopyRows.array(d.organisations().stream().map(UUID::toString).toList());
        String groups = CopyRows.array(d.groups().stream().map(UUID::toString).toList());
        String people = CopyRows.array(d.people().stream().map(UUID::toString).toList());
        String importText = importId.toString();
        String write = Long.toString(writeId);
        for (Row row : batch) {
            CheckedObject c = row.candidate();
            String object = json.writeValueAsString(c.object());
            Instant at = row.at() == HeldVersions.UNVERSIONED ? storedAt : row.at();
            rows.field(c.id()).field(c.type()).field(c.object().path("spec_version").asString("2.1"))
                    .field(c.modified()).field(VersionInstant.text(at))
                    .field(c.object().path("revoked").asBoolean(false) ? "t" : "f")
                    .field(c.distribution().tlp().name()).field(publisherOrg).field(publisherPerson)
                    .field(orgs).field(groups).field(people).field(c.pap())
                    .field(CopyRows.array(labels(c))).field(importText)
                    .field(Integer.toString(row.rank())).field(row.copied() ? "t" : "f")
                    .field(write).field(Integer.toString(row.index()))
                    .field(Integer.toString(object.getBytes(StandardCharsets.UTF_8).length)).last(object);
        }
        template.execute((java.sql.Connection connection) -> {
            var in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy intel_objects (id, type, spec_version, modified, modified_at, revoked, tlp, publisher_org,
                        publisher_person, recipient_orgs, recipient_groups, recipient_people, pap, labels, import_id,
                        copy_rank, copied, write_id, write_index, size_bytes, object)
                    from stdin""");
            try {
                in.writeToCopy(rows.bytes(), 0, rows.length());
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    /** The labels as stored for searching: a list of strings (the checks make sure it is one), or none. */
    private static List<String> labels(CheckedObject c) {
        var labels = c.object().path("labels");
        if (!labels.isArray() || labels.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(labels.size());
        labels.forEach(label -> values.add(label.asString()));
        return values;
    }

    /**
     * Keeps the {@code superseded} flag (see V7__taxii_reads.sql) true on every version that has a newer one in
     * the same copy, for the objects whose copy now has more than one version.
     */
    void markSuperseded(Set<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    update intel_objects o set superseded = true where o.id = any(:ids) and not o.superseded
                      and exists (select 1 from intel_objects n where n.id = o.id
                                  and n.publisher_org is not distinct from o.publisher_org and n.modified_at > o.modified_at)""")
                    .param("ids", ids.toArray(String[]::new)).update();
        }
    }

    /** Marks every version of {@code ids} as having copies of several organisations (V10__intel_copies.sql). */
    void markCopied(Set<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update intel_objects set copied = true where id = any(:ids) and not copied")
                    .param("ids", ids.toArray(String[]::new)).update();
        }
    }
}
