package org.sipar.detect.internal.sighting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.sipar.detect.internal.telemetry.Mapping;
import org.sipar.platform.InputRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field mappings organisations save for their JSON-lines and CSV logs, as JSON:
 * {@code {"fields": [{"path": "src", "type": "ip"}], "urls": [{"host": "http.host", "path": "http.uri"}],
 * "time": {"path": "ts", "format": "epoch-seconds"}}}. A mapping is checked whole when saved (an unknown type, an
 * empty path, no field at all are refused, naming them), so an upload never finds it broken.
 */
@Repository
class Mappings {

    private final JdbcClient jdbc;

    Mappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID organisation, String name, JsonNode spec, UUID by, Instant now) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new InputRejected("name", name, "1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        mapping(spec);
        jdbc.sql("""
                insert into detect_mappings (organisation_id, name, spec, saved_by, saved_at) values (?, ?, ?::jsonb, ?, ?)
                on conflict (organisation_id, name) do update set spec = excluded.spec, saved_by = excluded.saved_by,
                  saved_at = excluded.saved_at""")
                .params(organisation, name, spec.toString(), by, Timestamp.from(now)).update();
    }

    Optional<Mapping> find(UUID organisation, String name) {
        return jdbc.sql("select spec::text from detect_mappings where organisation_id = ? and name = ?")
                .params(organisation, name).query(String.class).optional()
                .map(text -> mapping(JsonMapper.shared().readTree(text)));
    }

    /** The mapping {@code spec} describes; refused naming the member that is wrong. */
    static Mapping mapping(JsonNode spec) {
        Mapping.Builder builder = Mapping.builder();
        try {
            for (JsonNode f : spec.path("fields")) {
                builder.field(f.path("path").asString(""), f.path("type").asString(""));
            }
            for (JsonNode u : spec.path("urls")) {
                builder.url(u.path("host").asString(""), u.path("path").asString(""));
            }
            if (spec.has("time")) {
                builder.time(spec.path("time").path("path").asString(""), spec.path("time").path("format").asString("auto"));
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InputRejected("mapping", spec.toString(), e.getMessage());
        }
    }
}
