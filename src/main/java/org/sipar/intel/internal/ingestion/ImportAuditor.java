package org.sipar.intel.internal.ingestion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.identity.SharingGroup;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.platform.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the end of every import in the audit trail, whichever way it came (web upload, REST, TAXII: all go
 * through the one queue): who published what file of what size for which organisation, at which TLP for its
 * unmarked objects, shared with whom, and what became of it. A failed import (input that is not a bundle, or
 * that broke off) is a failure. Called in the transaction that saves the finished report, so the two go together.
 */
@Component
class ImportAuditor {

    /** The action recorded; its readable sentence is the message {@code audit.action.intel.import}. */
    static final String ACTION = "intel.import";

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Directory directory;

    ImportAuditor(JdbcClient jdbc, Audit audit, Directory directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
    }

    void finished(ImportReport report) {
        jdbc.sql("""
                        select publisher_person, publisher_org, source, size_bytes, unmarked_tlp, source_ip,
                            recipient_orgs, recipient_groups, recipient_people
                        from intel_imports where id = ?""")
                .param(report.id()).query((rs, row) -> entry(rs, report)).optional().ifPresent(audit::record);
    }

    private Audit.Entry entry(ResultSet rs, ImportReport report) throws SQLException {
        UUID person = rs.getObject("publisher_person", UUID.class);
        UUID organisation = rs.getObject("publisher_org", UUID.class);
        ImportReport.Counts totals = report.totals();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("import", report.id().toString());
        details.put("file", rs.getString("source"));
        details.put("size", rs.getObject("size_bytes") == null ? "" : String.valueOf(rs.getLong("size_bytes")));
        details.put("tlp", rs.getString("unmarked_tlp") == null ? "" : rs.getString("unmarked_tlp").replace('_', '+'));
        details.put("organisation", organisation == null ? "" : name(organisation, directory::organisation, Organisation::name));
        details.put("recipients", recipients(rs));
        details.put("status", report.status().value());
        details.put("read", report.processed());
        details.put("stored", totals.accepted());
        details.put("rejected", totals.rejected());
        details.put("warnings", totals.warnings());
        String actor = person == null ? "system" : name(person, directory::person, Person::email);
        return new Audit.Entry(person, actor, ACTION, "import " + report.id(), report.status() == ImportStatus.COMPLETE,
                rs.getString("source_ip"), details);
    }

    /** The recipients by name, organisations then groups then people; empty when shared with no one named. */
    private String recipients(ResultSet rs) throws SQLException {
        Map<UUID, String> groups = directory.sharingGroups().stream()
                .collect(Collectors.toMap(SharingGroup::id, SharingGroup::name, (a, b) -> a));
        return String.join(", ", java.util.stream.Stream.of(
                        names(rs.getArray("recipient_orgs"), id -> name(id, directory::organisation, Organisation::name)),
                        names(rs.getArray("recipient_groups"), id -> groups.getOrDefault(id, id.toString())),
                        names(rs.getArray("recipient_people"), id -> name(id, directory::person, Person::email)))
                .flatMap(java.util.List::stream).toList());
    }

    private static java.util.List<String> names(Array ids, Function<UUID, String> name) throws SQLException {
        return Arrays.stream((UUID[]) ids.getArray()).map(name).sorted().toList();
    }

    private static <T> String name(UUID id, Function<UUID, java.util.Optional<T>> find, Function<T, String> name) {
        return find.apply(id).map(name).orElse(id.toString());
    }
}
