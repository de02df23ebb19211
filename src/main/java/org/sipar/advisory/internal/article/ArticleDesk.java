package org.sipar.advisory.internal.article;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.advisory.internal.Workroom;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.StateConflict;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where analysts write awareness articles, with the advisories' workflow and the same writers
 * ({@link Workroom#writes}): every step audited as {@code advisory.article.create}, {@code .save}, {@code .submit},
 * {@code .return}, {@code .approve}, {@code .publish}, {@code .revise} and {@code .withdraw}. Articles are public
 * education, so each is distributed TLP:CLEAR by the national CERT.
 */
@Service
public class ArticleDesk {

    private final Articles articles;
    private final Workroom workroom;
    private final Readers readers;
    private final org.sipar.sharing.SharingPolicy policy;
    private final Audit audit;
    private final Clock clock;

    ArticleDesk(Articles articles, Workroom workroom, Readers readers, org.sipar.sharing.SharingPolicy policy,
                Audit audit, Clock clock) {
        this.articles = articles;
        this.workroom = workroom;
        this.readers = readers;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean writes(CurrentUser user) {
        return workroom.writes(user);
    }

    @Transactional
    public Article create(CurrentUser user, ArticleAudience audience, ArticleContent content) {
        requireWriter(user);
        content.requireDraftable();
        Distribution clear = new Distribution(Tlp.CLEAR, user.organisationId(), user.personId(), Set.of(), Set.of(), Set.of());
        Article a = Article.draft(UUID.randomUUID(), Slugs.of(content.title().en(), articles::slugTaken), audience,
                content, clear, clock.instant());
        articles.insert(a);
        audit.record("advisory.article.create", a.slug(), Map.of("title", content.title().en(), "audience", audience.name()));
        return a;
    }

    @Transactional
    public Article save(CurrentUser user, UUID id, long lockVersion, ArticleAudience audience, ArticleContent content) {
        requireWriter(user);
        content.requireDraftable();
        Article saved = articles.update(load(user, id, lockVersion).edit(audience, content, clock.instant()));
        audit.record("advisory.article.save", saved.slug(), Map.of("title", content.title().en(), "audience", audience.name()));
        return saved;
    }

    @Transactional
    public Article submit(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        Article current = load(user, id, lockVersion);
        current.content().requireComplete();
        return step(user, current.submit(clock.instant()), "submit");
    }

    @Transactional
    public Article returnToDraft(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        return step(user, load(user, id, lockVersion).returnToDraft(clock.instant()), "return");
    }

    @Transactional
    public Article approve(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        return step(user, load(user, id, lockVersion).approve(user.personId(), clock.instant()), "approve");
    }

    @Transactional
    public Article publish(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        Article published = step(user, load(user, id, lockVersion).publish(clock.instant()), "publish");
        articles.recordRevision(published, user.personId(), false);
        return published;
    }

    @Transactional
    public Article revise(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        return step(user, load(user, id, lockVersion).revise(user.personId(), clock.instant()), "revise");
    }

    @Transactional
    public Article withdraw(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        Article withdrawn = step(user, load(user, id, lockVersion).withdraw(clock.instant()), "withdraw");
        articles.recordRevision(withdrawn, user.personId(), true);
        return withdrawn;
    }

    /** The articles of the workroom, as the sharing policy lets {@code user} see them. */
    public List<Article> all(CurrentUser user) {
        requireWriter(user);
        return articles.all(readers.of(user));
    }

    public Article open(CurrentUser user, UUID id) {
        requireWriter(user);
        return articles.find(id).filter(a -> policy.maySee(readers.of(user), a.distribution()))
                .orElseThrow(() -> new NotFound("article", id.toString()));
    }

    private Article step(CurrentUser user, Article next, String action) {
        Article saved = articles.update(next);
        audit.record("advisory.article." + action, saved.slug(), Map.of("state", saved.state().name(),
                "revision", saved.revision()));
        return saved;
    }

    private Article load(CurrentUser user, UUID id, long lockVersion) {
        Article a = open(user, id);
        if (a.lockVersion() != lockVersion) {
            throw new StateConflict("Article " + a.slug() + " was changed by someone else meanwhile: reload it");
        }
        return a;
    }

    private void requireWriter(CurrentUser user) {
        if (!writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT write and review awareness articles");
        }
    }
}
