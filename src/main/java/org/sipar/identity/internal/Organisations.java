package org.sipar.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations taking part, with their networks, AS numbers and domains. */
@Repository
class Organisations {

    private static final String SELECT = """
            select o.*, coalesce((select array_agg(n.network::text order by n.network) from organisation_networks n
                                  where n.organisation_id = o.id), '{}') as networks
            from organisations o""";

    private final JdbcClient jdbc;
    private final IdentityCache cache;

    Organisations(JdbcClient jdbc, IdentityCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    List<Organisation> all() {
        return jdbc.sql(SELECT + " order by lower(o.name)").query(Organisations::map).list();
    }

    Optional<Organisation> byId(UUID id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(Organisations::map).optional();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from organisations where lower(name) = lower(?) and id <> ?")
                .params(name, except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from organisations").query(Long.class).single();
    }

    List<Organisation> owning(String address) {
        return jdbc.sql(SELECT + " where o.id in (select organisation_id from organisation_networks"
                + " where network >>= cast(? as inet)) order by lower(o.name)").param(address)
                .query(Organisations::map).list();
    }

    /** Inserts or replaces the organisation and its networks. */
    void save(Organisation o) {
        cache.changed();
        jdbc.sql("""
                insert into organisations (id, name, kind, sector, contact_email, asns, domains)
                values (:id, :name, :kind, :sector, :email, cast(:asns as bigint[]), cast(:domains as text[]))
                on conflict (id) do update set name = excluded.name, kind = excluded.kind, sector = excluded.sector,
                    contact_email = excluded.contact_email, asns = excluded.asns, domains = excluded.domains,
                    updated_at = now()""")
                .param("id", o.id()).param("name", o.name()).param("kind", o.kind().name())
                .param("sector", o.sector()).param("email", o.contactEmail())
                .param("asns", o.asns().toArray(Long[]::new)).param("domains", o.domains().toArray(String[]::new))
                .update();
        jdbc.sql("delete from organisation_networks where organisation_id = ?").param(o.id()).update();
        for (String network : o.networks()) {
            jdbc.sql("insert into organisation_networks (organisation_id, network) values (?, cast(? as cidr))")
                    .params(o.id(), network).update();
        }
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("sector"), rs.getString("contact_email"),
                strings(rs.getArray("networks")), Arrays.asList((Long[]) rs.getArray("asns").getArray()),
                strings(rs.getArray("domains")), rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
