package org.sipar.advisory.internal.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sipar.advisory.internal.State;
import org.sipar.platform.StateConflict;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The awareness articles, in {@code advisory_articles}. Every read for a reader, the workroom's included, goes
 * through the sharing policy's condition over the article's distribution columns (always TLP:CLEAR today, so that
 * the one policy still decides if that ever changes).
 */
@Repository
public class Articles {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String READABLE = " a.published_content is not null and a.state <> 'WITHDRAWN' ";
    private final JdbcClient jdbc;
    private final SharingPolicy policy;
    private final org.sipar.platform.PublicAnswers answers;

    Articles(JdbcClient jdbc, SharingPolicy policy, org.sipar.platform.PublicAnswers answers) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.policy = policy;
    }

    /** The articles readers may read, newest publication first; {@code audience} null for every audience. */
    public List<Article> readable(Reader reader, ArticleAudience audience, int limit) {
        String where = READABLE + (audience == null ? "" : " and a.audience = :audience");
        Map<String, Object> own = new HashMap<>(Map.of("limit", limit));
        if (audience != null) {
            own.put("audience", audience.name());
        }
        return visible(reader, where, " order by a.last_published desc, a.slug limit :limit", own);
    }

    /** The article at {@code slug} if {@code reader} may read it. */
    public Optional<Article> readable(Reader reader, String slug) {
        return visible(reader, READABLE + " and a.slug = :slug", "", Map.of("slug", slug)).stream().findFirst();
    }

    /** Every article {@code reader} may see in the workroom, newest change first. */
    List<Article> all(Reader reader) {
        return visible(reader, " true", " order by a.updated_at desc limit 500", Map.of());
    }

    Optional<Article> find(UUID id) {
        return jdbc.sql("select * from advisory_articles where id = ?").param(id).query(Articles::map).optional();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from advisory_articles where slug = ?").param(slug).query(Long.class).single() > 0;
    }

    void insert(Article a) {
        jdbc.sql("""
                insert into advisory_articles (id, slug, audience, state, content, author, tlp, publisher_org,
                  publisher_person, created_at, updated_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.slug(), a.audience().name(), a.state().name(), JSON.writeValueAsString(a.content()),
                        a.author(), a.distribution().tlp().name(), a.distribution().publisherOrganisation(),
                        a.distribution().publisherPerson(), ts(a.createdAt()), ts(a.updatedAt()))
                .update();
    }

    /** Saves {@code a} over the version it was read at; refused when someone saved it meanwhile. */
    Article update(Article a) {
        int rows = jdbc.sql("""
                update advisory_articles set audience = ?, state = ?, content = ?::jsonb, published_content = ?::jsonb,
                  author = ?, reviewer = ?, revision = ?, first_published = ?, last_published = ?, updated_at = ?,
                  lock_version = lock_version + 1
                where id = ? and lock_version = ?""")
                .params(a.audience().name(), a.state().name(), JSON.writeValueAsString(a.content()),
                        a.published() == null ? null : JSON.writeValueAsString(a.published()), a.author(), a.reviewer(),
                        a.revision(), ts(a.firstPublished()), ts(a.lastPublished()), ts(a.updatedAt()), a.id(), a.lockVersion())
                .update();
        if (rows != 1) {
            throw new StateConflict("Article " + a.slug() + " was changed by someone else meanwhile: reload it");
        }
        return find(a.id()).orElseThrow();
    }

    /** Keeps the revision {@code a} just published (or withdrew) for the record. */
    void recordRevision(Article a, UUID by, boolean withdrawn) {
        jdbc.sql("""
                insert into advisory_article_revisions (article_id, revision, content, published_at, published_by, withdrawn)
                values (?, ?, ?::jsonb, ?, ?, ?) on conflict (article_id, revision) do update set withdrawn = excluded.withdrawn""")
                .params(a.id(), a.revision(), JSON.writeValueAsString(a.published()), ts(a.updatedAt()), by, withdrawn)
                .update();
        answers.changed(); // the home page features the newest articles
    }

    private List<Article> visible(Reader reader, String where, String tail, Map<String, Object> own) {
        SharingPolicy.Condition condition = policy.condition(reader, "a");
        Map<String, Object> params = new HashMap<>(condition.params());
        params.putAll(own);
        return jdbc.sql("select * from advisory_articles a where" + where + " and " + condition.sql() + tail)
                .params(params).query(Articles::map).list();
    }

    private static Article map(ResultSet rs, int row) throws SQLException {
        Distribution d = new Distribution(Tlp.valueOf(rs.getString("tlp")), rs.getObject("publisher_org", UUID.class),
                rs.getObject("publisher_person", UUID.class), java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        String published = rs.getString("published_content");
        return new Article(rs.getObject("id", UUID.class), rs.getString("slug"), ArticleAudience.valueOf(rs.getString("audience")),
                State.valueOf(rs.getString("state")), JSON.readValue(rs.getString("content"), ArticleContent.class),
                published == null ? null : JSON.readValue(published, ArticleContent.class), rs.getObject("author", UUID.class),
                rs.getObject("reviewer", UUID.class), rs.getInt("revision"), instant(rs.getTimestamp("first_published")),
                instant(rs.getTimestamp("last_published")), d, instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), rs.getLong("lock_version"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
