package org.sipar.advisory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An advisory's conversation: the reviewers' comments and the workflow's steps, in {@code advisory_comments}. */
@Repository
public class Comments {

    /** What an entry records: a comment, or a step of the workflow (with what its author said, if anything). */
    public enum Kind { COMMENT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, WITHDRAWN, REVISING }

    /** One entry. */
    public record Comment(UUID id, UUID author, Kind kind, String body, Instant at) {
    }

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID advisory, UUID author, Kind kind, String body, Instant at) {
        jdbc.sql("insert into advisory_comments (id, advisory_id, author, kind, body, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), advisory, author, kind.name(), body, Timestamp.from(at)).update();
    }

    public List<Comment> of(UUID advisory) {
        return jdbc.sql("select * from advisory_comments where advisory_id = ? order by created_at, id").param(advisory)
                .query((rs, n) -> new Comment(rs.getObject("id", UUID.class), rs.getObject("author", UUID.class),
                        Kind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
