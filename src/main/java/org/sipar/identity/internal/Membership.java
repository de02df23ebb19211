package org.sipar.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Person;
import org.sipar.identity.PersonRegistered;
import org.sipar.identity.Role;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their roles, managed only as the caller's roles allow: hub administrators manage everyone,
 * organisation administrators their own organisation's people, and nobody grants the hub role, or changes the
 * account of a hub administrator, but a hub administrator. Every change is checked whole before anything is
 * written, audited, and announced.
 */
@Service
class Membership {

    static final int MIN_PASSWORD = 12;

    private final Organisations organisations;
    private final People people;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final HubAdministrators hubAdministrators;

    Membership(Organisations organisations, People people, PasswordEncoder encoder, Audit audit,
               ApplicationEventPublisher events, HubAdministrators hubAdministrators) {
        this.organisations = organisations;
        this.people = people;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
        this.hubAdministrators = hubAdministrators;
    }

    /** The people the caller may manage: all for hub administrators, their organisation's for others. */
    List<Person> people(CurrentUser actor) {
        if (actor.isHubAdmin()) {
            return people.all(null);
        }
        if (actor.roles().contains(Role.ORG_ADMIN)) {
            return people.all(actor.organisationId());
        }
        throw new NotPermitted("Only administrators manage people");
    }

    Person person(CurrentUser actor, UUID id) {
        Person person = people.byId(id).orElseThrow(() -> new NotFound("person", id));
        if (!actor.administers(person.organisationId())) {
            throw new NotFound("person", id);
        }
        return person;
    }

    @Transactional
    Person registerPerson(CurrentUser actor, PersonDraft draft) {
        Problems problems = new Problems();
        String email = problems.email("email", draft.email(), true);
        String name = problems.text("displayName", draft.displayName(), 200, true);
        Set<Role> roles = roles(actor, draft.roles(), problems);
        String password = password(draft.password(), problems);
        if (draft.organisationId() == null || organisations.byId(draft.organisationId()).isEmpty()) {
            problems.add("organisationId", draft.organisationId(), "noSuchOrganisation", "is not an existing organisation");
        } else if (!actor.administers(draft.organisationId())) {
            throw new NotPermitted("You may only add people to your own organisation");
        }
        if (email != null && people.emailTaken(email, null)) {
            problems.add("email", email, "emailTaken", "already belongs to another person");
        }
        problems.throwIfAny();
        Person person = new Person(UUID.randomUUID(), email, name, draft.organisationId(), null, roles, true, false, null);
        people.insert(person, password == null ? null : encoder.encode(password));
        audit.record("person.registered", "person " + email, Map.of("organisation", draft.organisationId().toString(),
                "roles", roles.stream().map(Role::name).sorted().toList()));
        events.publishEvent(new PersonRegistered(person.id(), person.organisationId(), email));
        return people.byId(person.id()).orElseThrow();
    }

    @Transactional
    Person updatePerson(CurrentUser actor, UUID id, PersonDraft draft, boolean enabled) {
        Person existing = person(actor, id);
        hubAdministrators.requireMayManage(actor, existing, "person.updated");
        Problems problems = new Problems();
        String email = problems.email("email", draft.email(), true);
        String name = problems.text("displayName", draft.displayName(), 200, true);
        Set<Role> roles = roles(actor, draft.roles(), problems);
        String password = password(draft.password(), problems);
        if (email != null && people.emailTaken(email, id)) {
            problems.add("email", email, "emailTaken", "already belongs to another person");
        }
        if (actor.personId().equals(id) && (!enabled || !roles.containsAll(existing.roles()))) {
            problems.add("roles", draft.roles(), "ownRoles", "you cannot remove your own roles or disable yourself");
        }
        hubAdministrators.requireOneRemains(existing, roles, enabled, problems);
        problems.throwIfAny();
        people.update(new Person(id, email, name, existing.organisationId(), null, roles, enabled, false, null));
        if (password != null) {
            people.setPassword(id, encoder.encode(password));
        }
        audit.record("person.updated", "person " + email, Map.of("roles", roles.stream().map(Role::name).sorted().toList(),
                "enabled", enabled, "passwordChanged", password != null,
                "rolesBefore", existing.roles().stream().map(Role::name).sorted().toList()));
        return people.byId(id).orElseThrow();
    }

    /** Sets the caller's own password, already checked against the current one. */
    @Transactional
    void changeOwnPassword(CurrentUser me, String password) {
        people.setPassword(me.personId(), encoder.encode(password));
        audit.record("password.changed", "person " + me.email(), Map.of());
    }

    private static Set<Role> roles(CurrentUser actor, List<String> names, Problems problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("roles", name, "noSuchRole", "is not one of " + java.util.Arrays.toString(Role.values()));
            }
        }
        if (roles.isEmpty()) {
            roles.add(Role.MEMBER);
        }
        if (roles.contains(Role.HUB_ADMIN) && !actor.isHubAdmin()) {
            throw new NotPermitted("Only hub administrators grant the hub administrator role");
        }
        return Set.copyOf(roles);
    }

    private static String password(String password, Problems problems) {
        if (password == null || password.isEmpty()) {
            return null;
        }
        if (password.length() < MIN_PASSWORD || password.length() > 200) {
            problems.add("password", null, "passwordLength", "must be from " + MIN_PASSWORD + " to 200 characters long",
                    MIN_PASSWORD);
        }
        return password;
    }
}
