package org.sipar.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.sipar.identity.Person;
import org.sipar.identity.Role;
import org.sipar.platform.Audit;
import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives an empty database its first people before the web server opens: the demo organisations in demo
 * mode, otherwise the first hub administrator, from settings or with a random password logged once.
 */
@Component
class Bootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final SiparSettings settings;
    private final Organisations organisations;
    private final People people;
    private final SharingGroups groups;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Bootstrap(SiparSettings settings, Organisations organisations, People people, SharingGroups groups,
              PasswordEncoder encoder, Audit audit, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.organisations = organisations;
        this.people = people;
        this.groups = groups;
        this.encoder = encoder;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (people.count() > 0) {
            return;
        }
        if (settings.demo()) {
            transaction.executeWithoutResult(s ->
                    new DemoData(organisations, people, groups, encoder, clock.instant()).seed());
            log.warn("DEMO MODE: seeded demo organisations and people; every demo login has the password 'sipar-demo'."
                    + " Never use demo mode for real data.");
            audit.record(new Audit.Entry(null, "system", "demo.seeded", null, true, null, Map.of()));
            return;
        }
        transaction.executeWithoutResult(s -> createFirstAdministrator());
    }

    private void createFirstAdministrator() {
        SiparSettings.Bootstrap first = settings.bootstrap();
        boolean generated = first.adminPassword() == null || first.adminPassword().isBlank();
        String password = generated ? randomPassword() : first.adminPassword();
        Organisation hub = new Organisation(UUID.randomUUID(), first.organisation(), OrganisationKind.NATIONAL_CERT,
                "National cyber security", null, List.of(), List.of(), List.of(), clock.instant());
        organisations.save(hub);
        Person admin = new Person(UUID.randomUUID(), first.adminEmail().toLowerCase(java.util.Locale.ROOT),
                "Hub administrator", hub.id(), hub.name(), Set.of(Role.HUB_ADMIN), true, false, null);
        people.insert(admin, encoder.encode(password));
        audit.record(new Audit.Entry(null, "system", "person.registered", "person " + admin.email(), true, null,
                Map.of("roles", List.of("HUB_ADMIN"), "bootstrap", true)));
        if (generated) {
            log.warn("""

                    ================================================================
                    First start: created hub administrator {} with the password
                        {}
                    It is shown only this once. Sign in and change it at /account/password.
                    ================================================================""", admin.email(), password);
        } else {
            log.info("First start: created hub administrator {} with the configured password", admin.email());
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
