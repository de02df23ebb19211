package org.sipar.intel.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.sipar.intel.Distribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Writes the rows of new object versions, the fast way ({@code COPY}) or the forgiving way (insert, skipping stored ones). */
final class VersionRows {

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
    private final JdbcTemplate template;
    private final JsonMapper json;

    VersionRows(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Writes new versions with one {@code COPY}; fails on the unique constraint if one is stored meanwhile. */
    void copy(List<Candidate> batch, UUID importId) {
        CopyRows rows = new CopyRows(batch.size() * 600);
        Distribution d = batch.getFirst().distribution();
        String publisherOrg = d.publisherOrganisation() == null ? null : d.publisherOrganisation().toString();
        String publisherPerson = d.publisherPerson() == null ? null : d.publisherPerson().toString();
        String orgs = CopyRows.array(d.organisations().stream().map(UUID::toString).toList());
        String groups = CopyRows.array(d.groups().stream().map(UUID::toString).toList());
        String people = CopyRows.array(d.people().stream().map(UUID::toString).toList());
        String importText = importId.toString();
        for (Candidate c : batch) {
            rows.field(c.id()).field(c.type()).field(c.object().path("spec_version").asString("2.1"))
                    .field(c.modified()).field(c.modified()) // modified_at: PostgreSQL reads the text as it would cast it
                    .field(c.object().path("revoked").asBoolean(false) ? "t" : "f")
                    .field(c.distribution().tlp().name()).field(publisherOrg).field(publisherPerson)
                    .field(orgs).field(groups).field(people).field(c.pap())
                    .field(CopyRows.array(labels(c)))
                    .field(importText).last(json.writeValueAsString(c.object()));
        }
        template.execute((java.sql.Connection connection) -> {
            var in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy intel_objects (id, type, spec_version, modified, modified_at, revoked, tlp, publisher_org,
                        publisher_person, recipient_orgs, recipient_groups, recipient_people, pap, labels, import_id, object)
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
    private static List<String> labels(Candidate c) {
        var labels = c.object().path("labels");
        if (!labels.isArray() || labels.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(labels.size());
        labels.forEach(label -> values.add(label.asString()));
        return values;
    }

    /** Writes new versions with one statement that skips stored ones; returns the {@code id|modified} it stored. */
    Set<String> insert(List<Candidate> batch, UUID importId) {
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
