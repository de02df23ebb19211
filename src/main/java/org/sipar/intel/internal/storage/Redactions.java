package org.sipar.intel.internal.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sipar.intel.StixRedaction;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applies granular markings to the rows a query found. Only rows that carry granular markings cost anything:
 * their distributions are read in one statement and the policy cuts out what the reader may not see.
 */
final class Redactions {

    private final JdbcClient jdbc;
    private final StixRedaction redaction;

    Redactions(JdbcClient jdbc, StixRedaction redaction) {
        this.jdbc = jdbc;
        this.redaction = redaction;
    }

    /**
     * The rows as {@code reader} may see them. With {@code matchedOnContent} (a text search or a label filter), a row that lost any
     * part is left out altogether, because it may have matched on the very part that was cut.
     */
    List<StoredObject> apply(Reader reader, List<StoredObject> rows, boolean matchedOnContent) {
        List<Long> marked = rows.stream().filter(r -> r.json().contains("granular_markings")).map(StoredObject::seq).toList();
        if (marked.isEmpty()) {
            return rows;
        }
        Map<Long, Distribution> distributions = distributions(marked);
        List<StoredObject> visible = new ArrayList<>(rows.size());
        for (StoredObject row : rows) {
            Distribution d = distributions.get(row.seq());
            Optional<String> part = d == null ? Optional.of(row.json()) : redaction.visiblePart(reader, d, row.json());
            if (part.isPresent() && !(matchedOnContent && !part.get().equals(row.json()))) {
                visible.add(part.get().equals(row.json()) ? row : row.withJson(part.get()));
            }
        }
        return visible;
    }

    private Map<Long, Distribution> distributions(List<Long> seqs) {
        Map<Long, Distribution> found = new HashMap<>();
        jdbc.sql("select seq, tlp, publisher_org, publisher_person, recipient_orgs, recipient_groups, recipient_people"
                        + " from intel_objects where seq = any(:seqs)")
                .param("seqs", seqs.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    found.put(rs.getLong("seq"), new Distribution(Tlp.valueOf(rs.getString("tlp")),
                            rs.getObject("publisher_org", UUID.class), rs.getObject("publisher_person", UUID.class),
                            uuids(rs.getArray("recipient_orgs")), uuids(rs.getArray("recipient_groups")),
                            uuids(rs.getArray("recipient_people"))));
                });
        return found;
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((UUID[]) array.getArray());
    }
}
