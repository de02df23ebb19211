package org.sipar.advisory.internal.alert;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The published revision an alert is about, read from {@code advisory_documents} as it was published. */
@Repository
class PublishedRevisions {

    private final JdbcClient jdbc;

    PublishedRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A revision as published: its English document's tracking id and affected products, its titles by language,
     * and the distribution that decides who may be alerted.
     */
    record Revision(UUID advisoryId, int revision, String trackingId, Map<String, String> titles, boolean withdrawn,
                    Distribution distribution, List<AffectedProducts.Affected> affected) {
    }

    Optional<Revision> find(UUID advisory, int revision) {
        Map<String, String> titles = jdbc.sql("select lang, title from advisory_documents where advisory_id = ? and revision = ?")
                .params(advisory, revision).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return jdbc.sql("select * from advisory_documents where advisory_id = ? and revision = ? and lang = 'en'")
                .params(advisory, revision).query((rs, n) -> map(rs, titles)).optional();
    }

    /** The newest revision of every advisory, as the event that published it said, oldest first. */
    List<org.sipar.advisory.AdvisoryPublished> newest() {
        return jdbc.sql("select advisory_id, revision, tracking_id, withdrawn from advisory_documents where latest and lang = 'en' order by released_at")
                .query((rs, n) -> new org.sipar.advisory.AdvisoryPublished(rs.getObject(1, UUID.class), rs.getString(3),
                        rs.getInt(2), rs.getBoolean(4))).list();
    }

    private static Revision map(ResultSet rs, Map<String, String> titles) throws SQLException {
        Distribution d = new Distribution(Tlp.valueOf(rs.getString("tlp")), rs.getObject("publisher_org", UUID.class),
                rs.getObject("publisher_person", UUID.class), uuids(rs.getArray("recipient_orgs")),
                uuids(rs.getArray("recipient_groups")), uuids(rs.getArray("recipient_people")));
        return new Revision(rs.getObject("advisory_id", UUID.class), rs.getInt("revision"), rs.getString("tracking_id"),
                titles, rs.getBoolean("withdrawn"), d,
                AffectedProducts.of(JsonMapper.shared().readTree(rs.getString("document"))));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o)
                .collect(Collectors.toUnmodifiableSet());
    }
}
