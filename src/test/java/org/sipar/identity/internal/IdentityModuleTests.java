package org.sipar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.sipar.identity.OrganisationRegistered;
import org.sipar.identity.PersonRegistered;
import org.sipar.identity.Role;
import org.sipar.identity.SharingGroupChanged;
import org.sipar.platform.NotPermitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The identity module started with the platform alone: registering an organisation, a person or a sharing group
 * announces it with the event other modules learn of it from, and the public {@link Directory} then shows it.
 * Identity's public API only reads, so the changes are made through the services behind its pages and REST API.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "sipar.data-dir=target/test-data/identity-module-${random.uuid}")
class IdentityModuleTests {

    static final CurrentUser HUB_ADMIN = new CurrentUser(UUID.randomUUID(), "hub@cert.test", "Hub", UUID.randomUUID(),
            "CERT", Set.of(Role.HUB_ADMIN));

    @Autowired
    Administration administration;

    @Autowired
    Membership membership;

    @Autowired
    Communities communities;

    @Autowired
    Directory directory;

    @Test
    void registeringAnOrganisationAnnouncesIt(Scenario scenario) {
        String name = unique("Module Bank");
        scenario.stimulate(tx -> register(name, "192.0.2.0/25"))
                .andWaitForEventOfType(OrganisationRegistered.class)
                .matching(registered -> registered.name().equals(name))
                .toArriveAndVerify((registered, created) -> {
                    assertThat(registered.organisationId()).isEqualTo(created.id());
                    assertThat(registered.kind()).isEqualTo(OrganisationKind.PRIVATE);
                    assertThat(directory.organisation(created.id())).hasValueSatisfying(o -> {
                        assertThat(o.name()).isEqualTo(name);
                        assertThat(o.networks()).containsExactly("192.0.2.0/25");
                    });
                    assertThat(directory.organisationsOwning("192.0.2.7")).extracting(Organisation::id).contains(created.id());
                });
    }

    @Test
    void registeringAPersonAnnouncesIt(Scenario scenario) {
        Organisation organisation = register(unique("Module Ministry"), "198.51.100.0/25");
        String email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@module.test";
        scenario.stimulate(tx -> membership.registerPerson(HUB_ADMIN,
                        new PersonDraft(email, "Module Person", organisation.id(), List.of("ANALYST"), null)))
                .andWaitForEventOfType(PersonRegistered.class)
                .matching(registered -> registered.email().equals(email))
                .toArriveAndVerify((registered, person) -> {
                    assertThat(registered.personId()).isEqualTo(person.id());
                    assertThat(registered.organisationId()).isEqualTo(organisation.id());
                    assertThat(directory.person(person.id())).hasValueSatisfying(p -> {
                        assertThat(p.organisationId()).isEqualTo(organisation.id());
                        assertThat(p.roles()).containsExactly(Role.ANALYST);
                    });
                });
    }

    @Test
    void formingASharingGroupAnnouncesItsMembers(Scenario scenario) {
        Organisation bank = register(unique("Module Bank"), "203.0.113.0/26");
        Organisation telco = register(unique("Module Telco"), "203.0.113.64/26");
        String name = unique("Module sector");
        scenario.stimulate(tx -> communities.save(HUB_ADMIN, null, name, "For the module test", List.of(bank.id(), telco.id())))
                .andWaitForEventOfType(SharingGroupChanged.class)
                .matching(changed -> changed.name().equals(name))
                .toArriveAndVerify((changed, group) -> {
                    assertThat(changed.sharingGroupId()).isEqualTo(group.id());
                    assertThat(changed.memberIds()).containsExactly(bank.id(), telco.id());
                    assertThat(directory.sharingGroups()).filteredOn(g -> g.id().equals(group.id())).singleElement()
                            .satisfies(g -> assertThat(g.memberIds()).containsExactlyInAnyOrder(bank.id(), telco.id()));
                });
    }

    @Test
    void onlyHubAdministratorsRegisterOrganisations() {
        CurrentUser orgAdmin = new CurrentUser(UUID.randomUUID(), "admin@bank.test", "Admin", UUID.randomUUID(), "Bank",
                Set.of(Role.ORG_ADMIN));
        String name = unique("Refused");
        assertThatThrownBy(() -> administration.registerOrganisation(orgAdmin,
                new OrganisationDraft(name, "PRIVATE", null, null, List.of(), List.of(), List.of())))
                .isInstanceOf(NotPermitted.class);
        assertThat(directory.organisations()).extracting(Organisation::name).doesNotContain(name);
    }

    private Organisation register(String name, String network) {
        return administration.registerOrganisation(HUB_ADMIN,
                new OrganisationDraft(name, "PRIVATE", "finance", null, List.of(network), List.of(), List.of()));
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
