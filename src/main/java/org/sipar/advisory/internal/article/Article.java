package org.sipar.advisory.internal.article;

import java.time.Instant;
import java.util.UUID;
import org.sipar.advisory.internal.State;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.StateConflict;
import org.sipar.sharing.Distribution;

/**
 * An awareness article and the revision being written of it, with the advisories' workflow (and their
 * {@link State}): draft → in review → approved → published, approved by someone other than the revision's author;
 * a published article changes only by {@link #revise} (readers keep the published revision, {@link #published},
 * until the next is published), and {@link #withdraw} takes it off the portal for good.
 *
 * @param published what readers see: the last published revision's content, null before the first
 * @param revision the number of revisions published, 0 before the first
 * @param lockVersion bumped by every save, so that a form over an older version is refused
 */
public record Article(UUID id, String slug, ArticleAudience audience, State state, ArticleContent content,
                      ArticleContent published, UUID author, UUID reviewer, int revision, Instant firstPublished,
                      Instant lastPublished, Distribution distribution, Instant createdAt, Instant updatedAt,
                      long lockVersion) {

    /** A new draft, its author the distribution's publishing person. */
    public static Article draft(UUID id, String slug, ArticleAudience audience, ArticleContent content,
                                Distribution distribution, Instant now) {
        return new Article(id, slug, audience, State.DRAFT, content, null, distribution.publisherPerson(), null, 0,
                null, null, distribution, now, now, 0);
    }

    public Article edit(ArticleAudience newAudience, ArticleContent newContent, Instant now) {
        require(State.DRAFT, "edited");
        return new Article(id, slug, newAudience, state, newContent, published, author, null, revision, firstPublished,
                lastPublished, distribution, createdAt, now, lockVersion);
    }

    public Article submit(Instant now) {
        require(State.DRAFT, "sent for review");
        return with(State.IN_REVIEW, author, null, now);
    }

    public Article returnToDraft(Instant now) {
        if (state != State.IN_REVIEW && state != State.APPROVED) {
            throw new StateConflict("Article " + slug + " is " + state + ": only one in review or approved goes back to draft");
        }
        return with(State.DRAFT, author, null, now);
    }

    public Article approve(UUID by, Instant now) {
        require(State.IN_REVIEW, "approved");
        if (by.equals(author)) {
            throw new NotPermitted("The author of article " + slug + " cannot approve it: another analyst reviews it");
        }
        return with(State.APPROVED, author, by, now);
    }

    /** Published as its next revision: readers see this content from now on. */
    public Article publish(Instant now) {
        require(State.APPROVED, "published");
        return new Article(id, slug, audience, State.PUBLISHED, content, content, author, reviewer, revision + 1,
                firstPublished == null ? now : firstPublished, now, distribution, createdAt, now, lockVersion);
    }

    public Article revise(UUID by, Instant now) {
        require(State.PUBLISHED, "revised");
        return with(State.DRAFT, by, null, now);
    }

    public Article withdraw(Instant now) {
        if (revision == 0 || state == State.WITHDRAWN) {
            throw new StateConflict("Article " + slug + " is " + (revision == 0 ? "not published" : "withdrawn already")
                    + ": only a published article is withdrawn");
        }
        return with(State.WITHDRAWN, author, reviewer, now);
    }

    /** Whether readers see it: published at least once and not withdrawn. */
    public boolean readable() {
        return published != null && state != State.WITHDRAWN;
    }

    private Article with(State next, UUID nextAuthor, UUID nextReviewer, Instant now) {
        return new Article(id, slug, audience, next, content, published, nextAuthor, nextReviewer, revision,
                firstPublished, lastPublished, distribution, createdAt, now, lockVersion);
    }

    private void require(State expected, String step) {
        if (state != expected) {
            throw new StateConflict("Article " + slug + " is " + state + ": only one that is " + expected + " is " + step);
        }
    }
}
