package org.sipar.intel.internal;

import org.sipar.sharing.Tlp;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The five TLP 2.0 marking definitions are part of every store, shared as CLEAR and published by no one, so
 * that every object marked with them can be resolved by any client from Sipar alone.
 */
@Component
class BuiltInMarkings implements SmartInitializingSingleton {

    private final JdbcClient jdbc;

    BuiltInMarkings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Tlp tlp : Tlp.values()) {
            try {
                jdbc.sql("""
                        insert into intel_objects (id, type, spec_version, modified, modified_at, tlp, size_bytes, object)
                        select :id, 'marking-definition', '2.1', o ->> 'created', cast(o ->> 'created' as timestamptz),
                               'CLEAR', octet_length(cast(:object as text)), o
                        from (select cast(:object as jsonb) as o) d
                        where not exists (select 1 from intel_objects where id = :id)""")
                        .param("id", tlp.markingId()).param("object", tlp.markingDefinition()).update();
            } catch (DuplicateKeyException e) {
                // another node inserted it at the same moment: it is there, which is all that matters
            }
        }
    }
}
