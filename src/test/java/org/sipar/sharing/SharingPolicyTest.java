package org.sipar.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy's rules, stated as the TLP 2.0 table the hub follows, for every level and kind of reader. */
class SharingPolicyTest {

    static final UUID PUBLISHER_ORG = UUID.randomUUID(), PUBLISHER = UUID.randomUUID();
    static final UUID RECIPIENT_ORG = UUID.randomUUID(), GROUP = UUID.randomUUID(), NAMED = UUID.randomUUID();
    static final Distribution SHARED = new Distribution(Tlp.CLEAR, PUBLISHER_ORG, PUBLISHER, Set.of(RECIPIENT_ORG),
            Set.of(GROUP), Set.of(NAMED));

    final SharingPolicy policy = new SharingPolicy();

    @ParameterizedTest(name = "{0} sees {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void followsTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        assertThat(policy.maySee(reader(viewer), SHARED.at(tlp))).isEqualTo(sees);
    }

    static Reader reader(String viewer) {
        return switch (viewer) {
            case "anonymous" -> Reader.ANONYMOUS;
            case "other" -> new Reader(UUID.randomUUID(), UUID.randomUUID(), false, Set.of(UUID.randomUUID()));
            case "recipientOrg" -> new Reader(UUID.randomUUID(), RECIPIENT_ORG, false, Set.of());
            case "groupMember" -> new Reader(UUID.randomUUID(), UUID.randomUUID(), false, Set.of(GROUP));
            case "publisherOrg" -> new Reader(UUID.randomUUID(), PUBLISHER_ORG, false, Set.of());
            case "publisher" -> new Reader(PUBLISHER, PUBLISHER_ORG, false, Set.of());
            case "hubCert" -> new Reader(UUID.randomUUID(), UUID.randomUUID(), true, Set.of());
            case "namedPerson" -> new Reader(NAMED, UUID.randomUUID(), false, Set.of());
            default -> throw new IllegalArgumentException("unknown viewer " + viewer);
        };
    }
}
