package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who publishes intelligence, role by role: the one rule the intel and TAXII modules both ask. */
class PublishingRightsTest {

    @Test
    void analystsAndAdministratorsPublishMembersOnlyRead() {
        Map<Role, Boolean> expected = Map.of(Role.HUB_ADMIN, true, Role.ORG_ADMIN, true, Role.ANALYST, true, Role.MEMBER, false);
        assertThat(EnumSet.allOf(Role.class)).as("every role is decided on").isEqualTo(expected.keySet());
        expected.forEach((role, publishes) -> {
            assertThat(role.publishes()).as(role.name()).isEqualTo(publishes);
            assertThat(user(Set.of(role)).publishes()).as(role.name()).isEqualTo(publishes);
        });
    }

    @Test
    void anyPublishingRoleIsEnough() {
        assertThat(user(Set.of(Role.MEMBER, Role.ANALYST)).publishes()).isTrue();
        assertThat(user(Set.of()).publishes()).isFalse();
    }

    private static CurrentUser user(Set<Role> roles) {
        return new CurrentUser(UUID.randomUUID(), "someone@example.org", "Someone", UUID.randomUUID(), "Org", roles);
    }
}
