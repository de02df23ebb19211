package org.sipar.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.sipar.identity.OrganisationRegistered;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, changed only as the caller's roles allow: hub administrators manage all, organisation
 * administrators their own. Every change is checked whole before anything is written, audited, and
 * announced as an event.
 */
@Service
class Administration {

    private final Organisations organisations;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Administration(Organisations organisations, Audit audit, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The organisations the caller may see: all for hub administrators, else their own. */
    List<Organisation> organisations(CurrentUser actor) {
        return actor.isHubAdmin() ? organisations.all()
                : organisations.byId(actor.organisationId()).map(List::of).orElse(List.of());
    }

    Organisation organisation(CurrentUser actor, UUID id) {
        if (!actor.isHubAdmin() && !actor.organisationId().equals(id)) {
            throw new NotFound("organisation", id);
        }
        return organisations.byId(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    @Transactional
    Organisation registerOrganisation(CurrentUser actor, OrganisationDraft draft) {
        if (!actor.isHubAdmin()) {
            throw new NotPermitted("Only hub administrators register organisations");
        }
        Organisation created = checked(UUID.randomUUID(), draft, clock.instant());
        organisations.save(created);
        audit.record("organisation.registered", "organisation " + created.id(), describe(created));
        events.publishEvent(new OrganisationRegistered(created.id(), created.name(), created.kind()));
        return organisations.byId(created.id()).orElseThrow();
    }

    @Transactional
    Organisation updateOrganisation(CurrentUser actor, UUID id, OrganisationDraft draft) {
        Organisation existing = organisation(actor, id);
        if (!actor.administers(id)) {
            throw new NotPermitted("You may not change organisation " + existing.name());
        }
        Organisation updated = checked(id, draft, existing.createdAt());
        if (!actor.isHubAdmin() && updated.kind() != existing.kind()) {
            throw new NotPermitted("Only hub administrators change the kind of an organisation");
        }
        organisations.save(updated);
        audit.record("organisation.updated", "organisation " + id, describe(updated));
        return organisations.byId(id).orElseThrow();
    }

    private Organisation checked(UUID id, OrganisationDraft d, Instant createdAt) {
        Problems problems = new Problems();
        String name = problems.text("name", d.name(), 200, true);
        OrganisationKind kind = null;
        try {
            kind = OrganisationKind.parse(d.kind());
        } catch (org.sipar.platform.InputRejected e) {
            e.problems().forEach(problems::add);
        }
        String sector = problems.text("sector", d.sector(), 100, false);
        String email = problems.email("contactEmail", d.contactEmail(), false);
        List<String> networks = Assets.networks(d.networksOrEmpty(), problems);
        List<Long> asns = Assets.asns(d.asnsOrEmpty(), problems);
        List<String> domains = Assets.domains(d.domainsOrEmpty(), problems);
        if (name != null && organisations.nameTaken(name, id)) {
            problems.add("name", name, "organisationNameTaken", "is already the name of another organisation");
        }
        problems.throwIfAny();
        return new Organisation(id, name, kind, sector, email, networks, asns, domains, createdAt);
    }

    private static Map<String, Object> describe(Organisation o) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", o.name());
        details.put("kind", o.kind().name());
        details.put("networks", o.networks());
        details.put("asns", o.asns());
        details.put("domains", o.domains());
        return details;
    }

}
