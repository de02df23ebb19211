package org.sipar.intel.internal.ingestion;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is held already of a batch's objects, read under their {@link IdLocks}: of the publisher's own copy
 * of each id, its versions by instant, which of them revoke it, and its rank; and which ids have copies of
 * other organisations. Versions of other copies are never compared with the batch, so nothing an importer is
 * told depends on what another organisation holds.
 */
final class HeldVersions {

    /** The instant standing for "no version" (an object without modified or created) in the maps below. */
    static final Instant UNVERSIONED = Instant.MIN;

    private final Map<String, Set<Instant>> versions = new HashMap<>();
    private final Map<String, TreeSet<Instant>> revocations = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();
    private final Set<String> otherCopies = new HashSet<>();
    private final Map<String, Map<Instant, Distribution>> distributions = new HashMap<>();
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final UUID publisher;

    private HeldVersions(JdbcClient jdbc, JsonMapper json, UUID publisher) {
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
    }

    /** Reads what is held of {@code ids} (without the objects' contents). */
    static HeldVersions read(JdbcClient jdbc, JsonMapper json, UUID publisher, Set<String> ids) {
        HeldVersions held = new HeldVersions(jdbc, json, publisher);
        jdbc.sql("select id, publisher_org, modified, modified_at, revoked, copy_rank, tlp, publisher_person,"
                        + " recipient_orgs, recipient_groups, recipient_people from intel_objects where id = any(:ids)")
                .param("ids", ids.toArray(String[]::new))
                .query(rs -> {
                    String id = rs.getString(1);
                    if (!Objects.equals(rs.getObject(2, UUID.class), publisher)) {
                        held.otherCopies.add(id);
                        return;
                    }
                    Instant at = rs.getString(3).isEmpty() ? UNVERSIONED : rs.getTimestamp(4).toInstant();
                    held.versions.computeIfAbsent(id, k -> new HashSet<>()).add(at);
                    if (rs.getBoolean(5)) {
                        held.revocations.computeIfAbsent(id, k -> new TreeSet<>()).add(at);
                    }
                    held.ranks.put(id, rs.getInt(6));
                    held.distributions.computeIfAbsent(id, k -> new HashMap<>()).put(at, new Distribution(
                            Tlp.valueOf(rs.getString(7)), publisher, rs.getObject(8, UUID.class), uuids(rs.getArray(9)),
                            uuids(rs.getArray(10)), uuids(rs.getArray(11))));
                });
        return held;
    }

    /** Whether the publisher's copy of {@code id} holds version {@code at}. */
    boolean holds(String id, Instant at) {
        return versions.getOrDefault(id, Set.of()).contains(at);
    }

    /** The distribution of the publisher's version {@code at} of {@code id}, or null when it holds none. */
    Distribution distribution(String id, Instant at) {
        return distributions.getOrDefault(id, Map.of()).get(at);
    }

    private static Set<UUID> uuids(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.of((UUID[]) array.getArray());
    }

    /** The publisher's versions of {@code id} that revoke it, earliest first. */
    TreeSet<Instant> revocations(String id) {
        return revocations.getOrDefault(id, new TreeSet<>());
    }

    /** The publisher's latest version of {@code id}, or null when it holds none. */
    Instant latest(String id) {
        return versions.getOrDefault(id, Set.of()).stream().max(Instant::compareTo).orElse(null);
    }

    /** The rank of the publisher's copy of {@code id}, or null when it has none yet. */
    Integer rank(String id) {
        return ranks.get(id);
    }

    boolean hasOtherCopies(String id) {
        return otherCopies.contains(id);
    }

    /** The contents of the publisher's stored versions of {@code ids}, by id and instant: one query. */
    Map<String, Map<Instant, JsonNode>> contents(Set<String> ids) {
        Map<String, Map<Instant, JsonNode>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, modified, modified_at, object::text from intel_objects"
                        + " where id = any(:ids) and publisher_org is not distinct from :org")
                .param("ids", ids.toArray(String[]::new)).param("org", publisher)
                .query(rs -> {
                    Instant at = rs.getString(2).isEmpty() ? UNVERSIONED : rs.getTimestamp(3).toInstant();
                    found.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(at, json.readTree(rs.getString(4)));
                });
        return found;
    }
}
