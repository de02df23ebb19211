package org.sipar.advisory.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.sharing.Readers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the national CERT's analysts write advisories: every step of the workflow, each audited
 * ({@code advisory.create}, {@code .save}, {@code .submit}, {@code .return}, {@code .approve}, {@code .publish},
 * {@code .revise}, {@code .withdraw}, {@code .comment}) and noted in the advisory's conversation. Only people who
 * publish for the hub's national CERT write and review advisories: they are the CSAF publisher.
 */
@Service
public class Workroom {

    private final Advisories advisories;
    private final Comments comments;
    private final AdvisoryChecks checks;
    private final Provider provider;
    private final Readers readers;
    private final org.sipar.sharing.SharingPolicy policy;
    private final AdvisorySettings settings;
    private final Audit audit;
    private final Clock clock;

    Workroom(Advisories advisories, Comments comments, AdvisoryChecks checks, Provider provider, Readers readers,
             org.sipar.sharing.SharingPolicy policy, AdvisorySettings settings, Audit audit, Clock clock) {
        this.policy = policy;
        this.advisories = advisories;
        this.comments = comments;
        this.checks = checks;
        this.provider = provider;
        this.readers = readers;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether {@code user} writes and reviews advisories. */
    public boolean writes(CurrentUser user) {
        return user != null && user.publishes() && readers.of(user).hubCert();
    }

    @Transactional
    public Advisory create(CurrentUser user, AdvisoryForm typed) {
        requireWriter(user);
        AdvisoryForm form = typed.withCweNames(org.sipar.advisory.internal.cvss.Cwes::name);
        checks.formatOf(form.content());
        String trackingId = advisories.nextTrackingId(settings.trackingPrefix(), clock.instant().atZone(ZoneOffset.UTC).getYear());
        Advisory a = Advisory.draft(UUID.randomUUID(), trackingId, form.category(), form.audience(), form.content(),
                form.distribution(user.organisationId(), user.personId()), clock.instant());
        advisories.insert(a);
        audit.record("advisory.create", trackingId, Map.of("title", a.content().title().en(), "tlp", a.distribution().tlp().label()));
        return a;
    }

    @Transactional
    public Advisory save(CurrentUser user, UUID id, long lockVersion, AdvisoryForm typed) {
        requireWriter(user);
        AdvisoryForm form = typed.withCweNames(org.sipar.advisory.internal.cvss.Cwes::name);
        checks.formatOf(form.content());
        Advisory current = load(user, id, lockVersion);
        Advisory a = current.edit(form.category(), form.audience(), form.content(),
                form.distribution(current.distribution().publisherOrganisation(), current.distribution().publisherPerson()),
                clock.instant());
        audit.record("advisory.save", a.trackingId(), Map.of("title", a.content().title().en(), "tlp", a.distribution().tlp().label()));
        return advisories.update(a);
    }

    @Transactional
    public Advisory submit(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        Advisory current = load(user, id, lockVersion);
        checks.completenessOf(current);
        return step(user, current.submit(user.personId(), clock.instant()), "submit", Comments.Kind.SUBMITTED, "");
    }

    @Transactional
    public Advisory returnToDraft(CurrentUser user, UUID id, long lockVersion, String why) {
        requireWriter(user);
        return step(user, load(user, id, lockVersion).returnToDraft(user.personId(), clock.instant()), "return",
                Comments.Kind.RETURNED, why);
    }

    @Transactional
    public Advisory approve(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        Advisory current = load(user, id, lockVersion);
        checks.completenessOf(current);
        return step(user, current.approve(user.personId(), clock.instant()), "approve", Comments.Kind.APPROVED, "");
    }

    /** Publishes the approved revision: its documents made, hashed, signed and served; {@code changes} says what changed. */
    @Transactional
    public Advisory publish(CurrentUser user, UUID id, long lockVersion, String changes) {
        requireWriter(user);
        Advisory published = load(user, id, lockVersion).publish(clock.instant());
        provider.publish(published, changes);
        return step(user, published, "publish", Comments.Kind.PUBLISHED, changes);
    }

    @Transactional
    public Advisory revise(CurrentUser user, UUID id, long lockVersion) {
        requireWriter(user);
        return step(user, load(user, id, lockVersion).revise(user.personId(), clock.instant()), "revise", Comments.Kind.REVISING, "");
    }

    /** Withdraws a published advisory: a final revision that says so and why, and nothing after it. */
    @Transactional
    public Advisory withdraw(CurrentUser user, UUID id, long lockVersion, String why) {
        requireWriter(user);
        checks.reasonGiven("reason", why);
        Advisory withdrawn = load(user, id, lockVersion).withdraw(clock.instant());
        provider.withdraw(withdrawn, why);
        return step(user, withdrawn, "withdraw", Comments.Kind.WITHDRAWN, why);
    }

    @Transactional
    public void comment(CurrentUser user, UUID id, String body) {
        requireWriter(user);
        checks.reasonGiven("comment", body);
        Advisory a = open(user, id);
        comments.add(a.id(), user.personId(), Comments.Kind.COMMENT, body, clock.instant());
        audit.record("advisory.comment", a.trackingId(), Map.of("length", body.strip().length()));
    }

    private Advisory step(CurrentUser user, Advisory next, String action, Comments.Kind kind, String body) {
        Advisory saved = advisories.update(next);
        comments.add(saved.id(), user.personId(), kind, body == null ? "" : body.strip(), clock.instant());
        audit.record("advisory." + action, saved.trackingId(), Map.of("state", saved.state().name(),
                "revision", saved.revision()));
        return saved;
    }

    /**
     * The advisory {@code id} if {@code user} may see it: the workroom too is decided by the sharing policy, so the
     * reviewer of a TLP:RED advisory is one of its named people.
     */
    public Advisory open(CurrentUser user, UUID id) {
        requireWriter(user);
        return advisories.find(id).filter(a -> policy.maySee(readers.of(user), a.distribution()))
                .orElseThrow(() -> new NotFound("advisory", id.toString()));
    }

    private Advisory load(CurrentUser user, UUID id, long lockVersion) {
        Advisory a = open(user, id);
        if (a.lockVersion() != lockVersion) {
            throw new org.sipar.platform.StateConflict("Advisory " + a.trackingId() + " was changed by someone else meanwhile: reload it");
        }
        return a;
    }

    private void requireWriter(CurrentUser user) {
        if (!writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT write and review advisories");
        }
    }
}
