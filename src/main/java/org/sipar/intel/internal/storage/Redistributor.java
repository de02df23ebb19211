package org.sipar.intel.internal.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sipar.intel.Redistribution;
import org.sipar.intel.internal.ingestion.IdLocks;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes the distribution of one organisation's copy of an object in one write (V15): a tombstone of every
 * version with its former distribution at indexes 0..n-1, then the versions themselves, moved to the write at
 * n..2n-1 with their new distribution. The change log tells the tombstones only to readers who could see the
 * version before and may not now ({@link ChangeLog}), and the moved versions, which take the write's position and
 * date_added, to everyone who may see them now: a TAXII follower or a change-log reader who gained the object finds
 * it after its cursor, one who lost it is told it is withdrawn, and the listings, pages and searches, which all read
 * the rows under the sharing policy, follow at the commit. Tombstones first, so that a system reader (detection),
 * which sees both, ends with the new distribution.
 */
final class Redistributor {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;
    private final WriteLog writes;

    Redistributor(JdbcClient jdbc, WriteLog writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** One version of the copy, with the level its own TLP marking fixes (null when it has none). */
    record Version(long seq, String type, String modified, Distribution distribution, Tlp ownMarking) {
    }

    /** The copy's versions, oldest first, locked against imports of the id for the rest of the transaction. */
    List<Version> lock(String id, UUID organisation) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", IdLocks.key(id)).query(Object.class).single();
        return versions(id, organisation);
    }

    /** The copy's versions, oldest first. */
    List<Version> versions(String id, UUID organisation) {
        return jdbc.sql("select seq, type, modified, tlp, publisher_org, publisher_person, recipient_orgs, recipient_groups,"
                        + " recipient_people, (object -> 'object_marking_refs')::text as refs from intel_objects"
                        + " where id = :id and publisher_org = :org order by modified_at, seq")
                .param("id", id).param("org", organisation).query(Redistributor::version).list();
    }

    /** The refusal of a level that contradicts a version's own TLP marking, if any. */
    static Optional<InputRejected> contradiction(List<Version> versions, Tlp tlp) {
        return versions.stream().filter(v -> tlp != null && v.ownMarking() != null && v.ownMarking() != tlp).findFirst()
                .map(v -> new InputRejected("tlp", tlp.label(), "version " + v.modified() + " carries its own TLP:"
                        + v.ownMarking().label() + " marking, which its content states and every output serves;"
                        + " publish a new version with the new marking instead"));
    }

    /** The distribution {@code v} takes under {@code change}. */
    static Distribution after(Version v, Redistribution change) {
        Tlp tlp = v.ownMarking() != null || change.tlp() == null ? v.distribution().tlp() : change.tlp();
        Distribution d = v.distribution();
        return new Distribution(tlp, d.publisherOrganisation(), d.publisherPerson(), change.organisations(),
                change.groups(), change.people());
    }

    /** Writes the change of the copy's {@code versions}; returns the write's position. */
    long write(String id, UUID organisation, UUID person, List<Version> versions, Redistribution change) {
        long write = writes.newWrite();
        int n = versions.size();
        jdbc.sql("""
                insert into intel_tombstones (write_id, write_index, id, type, spec_version, modified, tlp, publisher_org,
                    publisher_person, recipient_orgs, recipient_groups, recipient_people, deleted_by)
                select :write, (row_number() over (order by modified_at, seq) - 1)::int, id, type, spec_version, modified,
                    tlp, publisher_org, publisher_person, recipient_orgs, recipient_groups, recipient_people, :person
                from intel_objects where id = :id and publisher_org = :org""")
                .param("write", write).param("person", person).param("id", id).param("org", organisation).update();
        Long[] marked = versions.stream().filter(v -> v.ownMarking() != null).map(Version::seq).toArray(Long[]::new);
        jdbc.sql("""
                update intel_objects o set tlp = case when o.seq = any(:marked) or cast(:tlp as text) is null then o.tlp
                        else cast(:tlp as text) end,
                    recipient_orgs = :orgs, recipient_groups = :groups, recipient_people = :people,
                    write_id = :write, write_index = :n + r.i
                from (select seq, (row_number() over (order by modified_at, seq) - 1)::int as i from intel_objects
                      where id = :id and publisher_org = :org) r
                where o.seq = r.seq""")
                .param("marked", marked).param("tlp", change.tlp() == null ? null : change.tlp().name())
                .param("orgs", change.organisations().toArray(UUID[]::new)).param("groups", change.groups().toArray(UUID[]::new))
                .param("people", change.people().toArray(UUID[]::new)).param("write", write).param("n", n)
                .param("id", id).param("org", organisation).update();
        long position = writes.commitOrder(write, 2 * n - 1, 2 * n);
        jdbc.sql("update intel_writes set redistribution = true where write_id = :write").param("write", write).update();
        return position;
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        Distribution d = new Distribution(Tlp.valueOf(rs.getString("tlp")), rs.getObject("publisher_org", UUID.class),
                rs.getObject("publisher_person", UUID.class), uuids(rs.getArray("recipient_orgs")),
                uuids(rs.getArray("recipient_groups")), uuids(rs.getArray("recipient_people")));
        return new Version(rs.getLong("seq"), rs.getString("type"), rs.getString("modified"), d, ownMarking(rs.getString("refs")));
    }

    /** The strictest TLP level among the marking refs (as the import read it), or null. */
    private static Tlp ownMarking(String refs) {
        Tlp found = null;
        if (refs != null) {
            for (JsonNode ref : JSON.readTree(refs)) {
                Tlp tlp = Tlp.ofMarking(ref.asString("")).orElse(null);
                found = tlp == null ? found : found == null ? tlp : found.stricter(tlp);
            }
        }
        return found;
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((UUID[]) array.getArray());
    }
}
