package org.sipar.advisory.internal;

import java.time.Instant;
import java.util.UUID;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.StateConflict;
import org.sipar.sharing.Distribution;

/**
 * An advisory and the revision being written of it. Its verbs return the advisory after the step, or refuse it
 * naming why: the workflow is draft → in review → approved → published, approved by someone other than the
 * revision's author; a published advisory changes only by {@link #revise} (a new revision, written and reviewed
 * again while the published one is still served), and {@link #withdraw} publishes a final revision saying so.
 *
 * @param revision the last published revision, 0 before the first
 * @param lockVersion bumped by every save, so that a form over an older version is refused
 */
public record Advisory(UUID id, String trackingId, Category category, Audience audience, State state,
                       AdvisoryContent content, UUID author, UUID reviewer, int revision, Instant initialRelease,
                       Instant currentRelease, Distribution distribution, Instant createdAt, Instant updatedAt,
                       long lockVersion) {

    /** A new draft, written by {@code author} of {@code organisation}. */
    public static Advisory draft(UUID id, String trackingId, Category category, Audience audience,
                                 AdvisoryContent content, Distribution distribution, Instant now) {
        return new Advisory(id, trackingId, category, audience, State.DRAFT, content, distribution.publisherPerson(),
                null, 0, null, null, distribution, now, now, 0);
    }

    /** The draft with what the editor's form says; only a draft is edited (a published one is revised first). */
    public Advisory edit(Category newCategory, Audience newAudience, AdvisoryContent newContent,
                         Distribution newDistribution, Instant now) {
        require(State.DRAFT, "edited");
        return new Advisory(id, trackingId, newCategory, newAudience, state, newContent, author, null, revision,
                initialRelease, currentRelease, newDistribution, createdAt, now, lockVersion);
    }

    /** The draft sent for review. */
    public Advisory submit(UUID by, Instant now) {
        require(State.DRAFT, "sent for review");
        return with(State.IN_REVIEW, author, null, now);
    }

    /** Sent back to its author as a draft, by a reviewer (or withdrawn from review by the author). */
    public Advisory returnToDraft(UUID by, Instant now) {
        if (state != State.IN_REVIEW && state != State.APPROVED) {
            throw new StateConflict("Advisory " + trackingId + " is " + state + ": only one in review or approved goes back to draft");
        }
        return with(State.DRAFT, author, null, now);
    }

    /** Approved by a reviewer who did not write this revision. */
    public Advisory approve(UUID by, Instant now) {
        require(State.IN_REVIEW, "approved");
        if (by.equals(author)) {
            throw new NotPermitted("The author of advisory " + trackingId + " cannot approve it: another analyst reviews it");
        }
        return with(State.APPROVED, author, by, now);
    }

    /** Published as its next revision at {@code now}. */
    public Advisory publish(Instant now) {
        require(State.APPROVED, "published");
        return new Advisory(id, trackingId, category, audience, State.PUBLISHED, content, author, reviewer,
                revision + 1, initialRelease == null ? now : initialRelease, now, distribution, createdAt, now, lockVersion);
    }

    /** A published advisory opened for its next revision, written by {@code by}. */
    public Advisory revise(UUID by, Instant now) {
        require(State.PUBLISHED, "revised");
        return with(State.DRAFT, by, null, now);
    }

    /** Withdrawn: a final revision is published that says so, and nothing changes after it. */
    public Advisory withdraw(Instant now) {
        if (revision == 0 || state == State.WITHDRAWN) {
            throw new StateConflict("Advisory " + trackingId + " is " + (revision == 0 ? "not published" : "withdrawn already")
                    + ": only a published advisory is withdrawn");
        }
        return new Advisory(id, trackingId, category, audience, State.WITHDRAWN, content, author, reviewer,
                revision + 1, initialRelease, now, distribution, createdAt, now, lockVersion);
    }

    /** Whether any revision of it was published (and so what readers see is the published documents). */
    public boolean everPublished() {
        return revision > 0;
    }

    private Advisory with(State next, UUID nextAuthor, UUID nextReviewer, Instant now) {
        return new Advisory(id, trackingId, category, audience, next, content, nextAuthor, nextReviewer, revision,
                initialRelease, currentRelease, distribution, createdAt, now, lockVersion);
    }

    private void require(State expected, String step) {
        if (state != expected) {
            throw new StateConflict("Advisory " + trackingId + " is " + state + ": only one that is " + expected + " is " + step);
        }
    }
}
