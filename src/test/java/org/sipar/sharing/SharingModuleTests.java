package org.sipar.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.sipar.identity.SharingGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The sharing module starts on its own, with identity's directory as its only neighbour (mocked here), and
 * works out readers from it: the hub's CERT and the sharing groups an organisation belongs to.
 */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
// The module keeps no tables and publishes no events: without the platform's embedded PostgreSQL there is no
// database, so neither the data source nor the event publication registry is configured.
@TestPropertySource(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration,"
        + "org.springframework.modulith.events.config.EventPublicationAutoConfiguration")
class SharingModuleTests {

    static final UUID CERT = UUID.randomUUID(), BANK = UUID.randomUUID(), GROUP = UUID.randomUUID();

    @MockitoBean
    Directory directory;

    @Autowired
    Readers readers;

    @Autowired
    SharingPolicy policy;

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
        assertThat(readers.of((org.springframework.security.core.Authentication) null)).isEqualTo(Reader.ANONYMOUS);
    }

    static Organisation organisation(UUID id, OrganisationKind kind) {
        return new Organisation(id, "org", kind, "", "", List.of(), List.of(), List.of(), Instant.EPOCH);
    }

    static CurrentUser user(UUID organisation) {
        return new CurrentUser(UUID.randomUUID(), "someone@example.org", "Someone", organisation, "org", Set.of());
    }
}
