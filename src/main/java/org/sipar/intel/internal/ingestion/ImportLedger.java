package org.sipar.intel.internal.ingestion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.identity.SharingGroup;
import org.sipar.intel.ImportHistory;
import org.sipar.intel.ImportRecord;
import org.sipar.intel.ImportRecord.Party;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.ImportViewer;
import org.sipar.intel.ImportedObjects;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of imports, from intel_imports: who may see an import is decided in the query
 * ({@link #VISIBLE}, the rule of {@link ImportViewer#maySee}), so a page never holds one the viewer may not see.
 * A running import's progress is summed from its committed batches; the objects it stored are in
 * {@link ImportedObjectList}, under the sharing policy.
 */
@Component
class ImportLedger implements ImportHistory {

    /** The viewer may see the import: theirs, their organisation's when they administer it, or any for a hub admin. */
    static final String VISIBLE = "(:hub or publisher_person = :person or (:org_admin and publisher_org = :org))";

    private static final String COLUMNS = "id, status, source, size_bytes, publisher_person, publisher_org, unmarked_tlp,"
            + " recipient_orgs, recipient_groups, recipient_people, queued_at, started_at, finished_at, processed, stored, warned";

    private final JdbcClient jdbc;
    private final Imports imports;
    private final Directory directory;
    private final ImportedObjectList objects;

    ImportLedger(JdbcClient jdbc, Imports imports, Directory directory, ImportedObjectList objects) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.directory = directory;
        this.objects = objects;
    }

    @Override
    public ImportRecord.Page imports(ImportViewer viewer, int offset, int limit) {
        int size = Math.clamp(limit, 1, 200);
        int from = Math.max(0, offset);
        if (!viewer.reader().member()) {
            return new ImportRecord.Page(List.of(), 0, from, size);
        }
        Map<UUID, String> groups = groupNames();
        List<ImportRecord> page = jdbc.sql("select " + COLUMNS + " from intel_imports where " + VISIBLE
                        + " order by queued_at desc, id limit :limit offset :offset")
                .params(viewerParams(viewer)).param("limit", size).param("offset", from)
                .query((rs, row) -> record(rs, groups, false)).list();
        long total = jdbc.sql("select count(*) from intel_imports where " + VISIBLE).params(viewerParams(viewer))
                .query(Long.class).single();
        return new ImportRecord.Page(page, total, from, size);
    }

    @Override
    public Optional<ImportRecord> find(ImportViewer viewer, UUID id) {
        if (!viewer.reader().member()) {
            return Optional.empty();
        }
        Map<UUID, String> groups = groupNames();
        return jdbc.sql("select " + COLUMNS + ", report::text as report from intel_imports where id = :id and " + VISIBLE)
                .params(viewerParams(viewer)).param("id", id)
                .query((rs, row) -> record(rs, groups, true)).optional();
    }

    @Override
    public Optional<ImportedObjects> objects(ImportViewer viewer, UUID id, long after, int limit) {
        return visible(viewer, id) ? Optional.of(objects.page(viewer.reader(), id, after, limit)) : Optional.empty();
    }

    private boolean visible(ImportViewer viewer, UUID id) {
        return viewer.reader().member() && jdbc.sql("select count(*) from intel_imports where id = :id and " + VISIBLE)
                .params(viewerParams(viewer)).param("id", id).query(Long.class).single() == 1;
    }

    private static Map<String, Object> viewerParams(ImportViewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("hub", viewer.hubAdmin());
        params.put("person", viewer.reader().personId());
        params.put("org_admin", viewer.organisationAdmin());
        params.put("org", viewer.reader().organisationId());
        return params;
    }

    private ImportRecord record(ResultSet rs, Map<UUID, String> groups, boolean withReport) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ImportStatus status = ImportStatus.of(rs.getString("status"));
        ImportReport report = withReport || status == ImportStatus.RUNNING ? imports.report(id, rs.getString("status"),
                rs.getString("source"), rs.getTimestamp("started_at"), withReport ? rs.getString("report") : null) : null;
        boolean live = status == ImportStatus.RUNNING; // its row's counts are written when it ends
        long processed = live ? report.processed() : rs.getLong("processed");
        long stored = live ? report.totals().accepted() : rs.getLong("stored");
        long warned = live ? report.totals().warnings() : rs.getLong("warned");
        String tlp = rs.getString("unmarked_tlp");
        ImportRecord.Recipients recipients = new ImportRecord.Recipients(
                parties(rs.getArray("recipient_orgs"), this::organisationName),
                parties(rs.getArray("recipient_groups"), g -> groups.getOrDefault(g, null)),
                parties(rs.getArray("recipient_people"), this::personName));
        UUID person = rs.getObject("publisher_person", UUID.class);
        UUID organisation = rs.getObject("publisher_org", UUID.class);
        return new ImportRecord(id, status, rs.getString("source"), (Long) rs.getObject("size_bytes"),
                person == null ? null : new Party(person, personName(person)),
                organisation == null ? null : new Party(organisation, organisationName(organisation)),
                tlp == null ? null : Tlp.valueOf(tlp), recipients, instant(rs.getTimestamp("queued_at")),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                processed, stored, warned, withReport ? report : null);
    }

    private String personName(UUID id) {
        return directory.person(id).map(Person::displayName).orElse(null);
    }

    private String organisationName(UUID id) {
        return directory.organisation(id).map(Organisation::name).orElse(null);
    }

    private Map<UUID, String> groupNames() {
        Map<UUID, String> names = new HashMap<>();
        directory.sharingGroups().forEach(g -> names.put(g.id(), g.name()));
        return names;
    }

    private static List<Party> parties(Array ids, Function<UUID, String> name) throws SQLException {
        return Arrays.stream((UUID[]) ids.getArray()).map(id -> new Party(id, name.apply(id))).toList();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
