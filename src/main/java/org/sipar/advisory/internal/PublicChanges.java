package org.sipar.advisory.internal;

import org.sipar.advisory.AdvisoryPublished;
import org.sipar.platform.PublicAnswers;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this module's anonymous answers (the home page's sections, the advisories, their feeds, the provider's files)
 * are made from, as the platform's {@link PublicAnswers} needs to know it: each publication says so in its own
 * transaction (so the publisher's next read on this node is fresh), and the stamp lets other nodes see it: the
 * published documents' count and newest release, the signing keys the provider's metadata lists, the awareness
 * articles' published revisions and the exploited-vulnerabilities catalogue's revision. Articles and the catalogue
 * call {@link PublicAnswers#changed()} themselves where they change.
 */
@Component
class PublicChanges implements PublicAnswers.Stamp {

    private final JdbcClient jdbc;
    private final PublicAnswers answers;

    PublicChanges(JdbcClient jdbc, PublicAnswers answers) {
        this.jdbc = jdbc;
        this.answers = answers;
    }

    /** Runs in the publishing transaction: the kept answers are made again once it commits. */
    @EventListener
    void published(AdvisoryPublished event) {
        answers.changed();
    }

    @Override
    public String stamp() {
        return jdbc.sql("""
                select (select count(*) || ' ' || coalesce(max(released_at)::text, '') from advisory_documents)
                    || ' ' || (select count(*) || ' ' || count(retired_at) from advisory_signing_keys)
                    || ' ' || (select count(*) || ' ' || coalesce(max(published_at)::text, '') from advisory_article_revisions)
                    || ' ' || (select coalesce(max(revision), 0) from advisory_kev_revision)""")
                .query(String.class).single();
    }
}
