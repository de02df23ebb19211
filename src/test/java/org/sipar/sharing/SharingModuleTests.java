package org.sipar.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.sipar.identity.SharingGroup;
import org.sipar.platform.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The sharing module on its own, with the platform for its database and identity's directory mocked: the policy
 * bean decides who may see what both ways, object by object ({@link SharingPolicy#maySee}) and as the SQL
 * condition ({@link SharingPolicy#condition}) over a table that carries nothing but the distribution columns of the
 * package documentation, and the two agree with the TLP 2.0 table for every kind of reader and level. Readers are
 * worked out from the directory: the hub's CERT and the sharing groups an organisation belongs to.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@TestPropertySource(properties = "sipar.data-dir=target/test-data/sharing-module-${random.uuid}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingModuleTests {

    static final UUID CERT = UUID.randomUUID(), BANK = UUID.randomUUID(), GROUP = UUID.randomUUID();

    /** Shared material of no module: only the columns every table of it must carry, as they are documented. */
    static final String TABLE = """
            create table sharing_contract (
                tlp              text   not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
                publisher_org    uuid,
                publisher_person uuid,
                recipient_orgs   uuid[] not null default '{}',
                recipient_groups uuid[] not null default '{}',
                recipient_people uuid[] not null default '{}')""";

    @MockitoBean
    Directory directory;

    // What identity implements for the platform's security chains, which start with the platform.
    @MockitoBean
    Credentials credentials;

    @MockitoBean
    AuthenticationProvider passwords;

    @MockitoBean
    org.sipar.platform.SessionPeople sessionPeople;

    @Autowired
    Readers readers;

    @Autowired
    SharingPolicy policy;

    @Autowired
    JdbcClient jdbc;

    /** One row per level, each distributed like {@link SharingPolicyTest#SHARED}. */
    @BeforeAll
    void oneRowPerLevel() {
        jdbc.sql(TABLE).update();
        Distribution d = SharingPolicyTest.SHARED;
        for (Tlp tlp : Tlp.values()) {
            jdbc.sql("""
                    insert into sharing_contract (tlp, publisher_org, publisher_person, recipient_orgs, recipient_groups, recipient_people)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(tlp.name(), d.publisherOrganisation(), d.publisherPerson(), d.organisations().toArray(UUID[]::new),
                            d.groups().toArray(UUID[]::new), d.people().toArray(UUID[]::new))
                    .update();
        }
    }

    @ParameterizedTest(name = "{0} sees {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void theConditionSelectsWhatMaySeeAllows(String viewer, Tlp tlp, boolean sees) {
        Reader reader = SharingPolicyTest.reader(viewer);
        SharingPolicy.Condition visible = policy.condition(reader, "m");
        List<String> selected = jdbc.sql("select m.tlp from sharing_contract m where " + visible.sql())
                .params(visible.params()).query(String.class).list();
        assertThat(policy.maySee(reader, SharingPolicyTest.SHARED.at(tlp))).isEqualTo(sees);
        assertThat(selected.contains(tlp.name())).as(visible.sql()).isEqualTo(sees);
    }

    @Test
    void aReaderIsTheirOrganisationsKindAndGroups() {
        when(directory.organisation(CERT)).thenReturn(Optional.of(organisation(CERT, OrganisationKind.NATIONAL_CERT)));
        when(directory.organisation(BANK)).thenReturn(Optional.of(organisation(BANK, OrganisationKind.PRIVATE)));
        when(directory.sharingGroups()).thenReturn(List.of(new SharingGroup(GROUP, "banks", "", List.of(BANK), List.of("Bank"))));

        Reader hub = readers.of(user(CERT));
        Reader bank = readers.of(user(BANK));

        assertThat(hub.hubCert()).isTrue();
        assertThat(hub.groupIds()).isEmpty();
        assertThat(bank.hubCert()).isFalse();
        assertThat(bank.groupIds()).containsExactly(GROUP);
        Distribution toTheGroup = new Distribution(Tlp.AMBER, UUID.randomUUID(), UUID.randomUUID(), Set.of(), Set.of(GROUP), Set.of());
        assertThat(policy.maySee(bank, toTheGroup)).isTrue();
        assertThat(policy.maySee(hub, toTheGroup)).isTrue();
        assertThat(policy.maySee(hub, toTheGroup.at(Tlp.AMBER_STRICT))).isFalse();
    }

    @Test
    void nobodySignedInIsAnonymous() {
        assertThat(readers.of((Authentication) null)).isEqualTo(Reader.ANONYMOUS);
    }

    static Organisation organisation(UUID id, OrganisationKind kind) {
        return new Organisation(id, "org", kind, "", "", List.of(), List.of(), List.of(), Instant.EPOCH);
    }

    static CurrentUser user(UUID organisation) {
        return new CurrentUser(UUID.randomUUID(), "someone@example.org", "Someone", organisation, "org", Set.of());
    }
}
