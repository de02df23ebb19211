package org.sipar.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.SharingGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sharing groups and their member organisations. */
@Repository
class SharingGroups {

    private static final String SELECT = """
            select g.id, g.name, g.description,
                   coalesce(array_agg(o.id order by lower(o.name)) filter (where o.id is not null), '{}') as member_ids,
                   coalesce(array_agg(o.name order by lower(o.name)) filter (where o.id is not null), '{}') as member_names
            from sharing_groups g
            left join sharing_group_members m on m.sharing_group_id = g.id
            left join organisations o on o.id = m.organisation_id""";

    private final JdbcClient jdbc;
    private final IdentityCache cache;

    SharingGroups(JdbcClient jdbc, IdentityCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    List<SharingGroup> all() {
        return jdbc.sql(SELECT + " group by g.id order by lower(g.name)").query(SharingGroups::map).list();
    }

    Optional<SharingGroup> byId(UUID id) {
        return jdbc.sql(SELECT + " where g.id = ? group by g.id").param(id).query(SharingGroups::map).optional();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from sharing_groups where lower(name) = lower(?) and id <> ?")
                .params(name, except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
    }

    void save(UUID id, String name, String description, List<UUID> members) {
        cache.changed();
        jdbc.sql("""
                insert into sharing_groups (id, name, description) values (?, ?, ?)
                on conflict (id) do update set name = excluded.name, description = excluded.description""")
                .params(id, name, description).update();
        jdbc.sql("delete from sharing_group_members where sharing_group_id = ?").param(id).update();
        for (UUID member : members) {
            jdbc.sql("insert into sharing_group_members (sharing_group_id, organisation_id) values (?, ?)")
                    .params(id, member).update();
        }
    }

    private static SharingGroup map(ResultSet rs, int row) throws SQLException {
        return new SharingGroup(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                Arrays.asList((UUID[]) rs.getArray("member_ids").getArray()),
                Arrays.asList((String[]) rs.getArray("member_names").getArray()));
    }
}
