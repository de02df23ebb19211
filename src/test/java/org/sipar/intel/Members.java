package org.sipar.intel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sipar.sharing.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo people as the sharing policy sees them, and imports published by them: for tests of the store itself. */
final class Members {

    private final JdbcClient jdbc;
    private final Intelligence intelligence;

    Members(JdbcClient jdbc, Intelligence intelligence) {
        this.jdbc = jdbc;
        this.intelligence = intelligence;
    }

    /** The reader for the demo person with {@code email}. */
    Reader reader(String email) {
        return jdbc.sql("select p.id, p.organisation_id, o.kind from people p join organisations o on o.id = p.organisation_id"
                        + " where p.email = ?").param(email)
                .query((rs, n) -> new Reader(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        "NATIONAL_CERT".equals(rs.getString(3)), groups(rs.getObject(2, UUID.class))))
                .single();
    }

    private Set<UUID> groups(UUID organisation) {
        return new HashSet<>(jdbc.sql("select sharing_group_id from sharing_group_members where organisation_id = ?")
                .param(organisation).query(UUID.class).list());
    }

    /** Imports {@code bundle} as published by {@code email}, to {@code people} by name (for RED). */
    ImportReport publish(String email, String bundle, Reader... people) {
        Reader publisher = reader(email);
        Set<UUID> named = new HashSet<>();
        for (Reader person : people) {
            named.add(person.personId());
        }
        return intelligence.ingest(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)),
                new Publication(publisher.organisationId(), publisher.personId(), Set.of(), Set.of(), named, "test"));
    }

    /** What {@code reader} is shown of {@code id}: its versions per {@code version} (last, first, all). */
    List<StoredObject> versions(Reader reader, String id, String version) {
        return intelligence.objects(reader, new ObjectQuery(new ObjectQuery.Scope.All(), null, List.of(id), List.of(),
                List.of(VersionSelection.parse("version", version)), List.of(), null, 0, 100)).objects();
    }
}
