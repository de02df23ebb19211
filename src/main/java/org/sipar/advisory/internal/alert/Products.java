package org.sipar.advisory.internal.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products organisations run, in {@code advisory_products}. */
@Repository
class Products {

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code p} unless its organisation has registered the same identifier; says whether it was added. */
    boolean add(RegisteredProduct p) {
        ProductIdentifier id = p.identifier();
        return jdbc.sql("""
                insert into advisory_products (id, organisation_id, kind, identifier, match_key, version, label, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, identifier) do nothing""")
                .params(p.id(), p.organisationId(), id.kind().name(), id.canonical(), id.matchKey(), id.version(),
                        p.label(), p.addedBy(), Timestamp.from(p.addedAt()))
                .update() == 1;
    }

    /** Removes the product {@code id} of {@code organisation}; says whether there was one. */
    boolean remove(UUID organisation, UUID id) {
        return jdbc.sql("delete from advisory_products where id = ? and organisation_id = ?")
                .params(id, organisation).update() == 1;
    }

    List<RegisteredProduct> of(UUID organisation) {
        return jdbc.sql("select * from advisory_products where organisation_id = ? order by label, identifier")
                .param(organisation).query(Products::map).list();
    }

    /** Every organisation's products whose key is one of {@code keys}. */
    List<RegisteredProduct> withKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from advisory_products where match_key = any(cast(? as text[]))")
                .param(keys.toArray(String[]::new)).query(Products::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from advisory_products").query(Long.class).single();
    }

    private static RegisteredProduct map(ResultSet rs, int row) throws SQLException {
        ProductIdentifier id = new ProductIdentifier(ProductIdentifier.Kind.valueOf(rs.getString("kind")),
                rs.getString("identifier"), rs.getString("match_key"), rs.getString("version"));
        return new RegisteredProduct(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), id,
                rs.getString("label"), rs.getObject("added_by", UUID.class), rs.getTimestamp("added_at").toInstant());
    }
}
