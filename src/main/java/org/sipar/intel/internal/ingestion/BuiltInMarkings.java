package org.sipar.intel.internal.ingestion;

import org.sipar.intel.internal.storage.WriteLog;
import org.sipar.sharing.Tlp;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The five TLP 2.0 marking definitions are part of every store, shared as CLEAR and published by no one, so
 * that every object marked with them can be resolved by any client from Sipar alone.
 */
@Component
class BuiltInMarkings implements SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final WriteLog log;

    BuiltInMarkings(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.log = new WriteLog(jdbc);
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Tlp tlp : Tlp.values()) {
            try {
                transaction.executeWithoutResult(tx -> store(tlp));
            } catch (DuplicateKeyException e) {
                // another node inserted it at the same moment: it is there, which is all that matters
            }
        }
    }

    /** Stores one definition unless it is there, as a write of its own in the write log. */
    private void store(Tlp tlp) {
        long write = log.newWrite();
        int stored = jdbc.sql("""
                insert into intel_objects (id, type, spec_version, modified, modified_at, tlp, size_bytes, write_id, object)
                select :id, 'marking-definition', '2.1', o ->> 'created', cast(o ->> 'created' as timestamptz),
                       'CLEAR', octet_length(cast(:object as text)), :write, o
                from (select cast(:object as jsonb) as o) d
                where not exists (select 1 from intel_objects where id = :id)""")
                .param("id", tlp.markingId()).param("object", tlp.markingDefinition()).param("write", write).update();
        if (stored > 0) {
            log.commitOrder(write, 0, 1);
        }
    }
}
