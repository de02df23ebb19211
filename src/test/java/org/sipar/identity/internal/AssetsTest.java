package org.sipar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.platform.InputRejected;

class AssetsTest {

    @Test
    void networksAreNormalisedAndSingleAddressesBecomeHostRoutes() {
        Problems problems = new Problems();
        List<String> networks = Assets.networks(List.of(" 192.0.2.0/24 ", "203.0.113.9", "2001:db8::/32", "::1"), problems);
        problems.throwIfAny();
        assertThat(networks).containsExactly("192.0.2.0/24", "203.0.113.9/32", "2001:db8:0:0:0:0:0:0/32", "0:0:0:0:0:0:0:1/128");
    }

    @Test
    void badNetworksAreNamedWithTheReason() {
        Problems problems = new Problems();
        Assets.networks(List.of("10.0.0.1/8", "256.0.0.0/8", "10.0.0.0/33", "10.0.0.0/x", "host.example", "1.2.3"), problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.problems()).hasSize(6).allMatch(p -> p.field().equals("networks"));
            assertThat(e.problems().getFirst().reason()).isEqualTo("has host bits set; the network is 10.0.0.0/8");
            assertThat(e.problems().get(2).reason()).isEqualTo("has a prefix length outside 0..32");
        });
    }

    @Test
    void asnsAcceptBothFormsWithinRange() {
        Problems problems = new Problems();
        assertThat(Assets.asns(List.of("AS64500", "as64501", "4294967295", "64500"), problems)).containsExactly(64500L, 64501L, 4294967295L);
        problems.throwIfAny();
        Assets.asns(List.of("0", "4294967296", "AS", "12a"), problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InputRejected.class,
                e -> assertThat(e.problems()).extracting(InputRejected.Problem::value).containsExactly("0", "4294967296", "AS", "12a"));
    }

    @Test
    void domainsAreCheckedAndInternationalisedOnesKeptInAscii() {
        Problems problems = new Problems();
        assertThat(Assets.domains(List.of("Example.GOV.pk", "پاکستان.example", "trailing.example."), problems))
                .containsExactly("example.gov.pk", "xn--mgbai9azgqp6j.example", "trailing.example");
        problems.throwIfAny();
        Assets.domains(List.of("localhost", "a..b", "-x.example", "x_y.example", "1.2.3.4", "a".repeat(64) + ".example"), problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InputRejected.class,
                e -> assertThat(e.problems()).hasSize(6));
    }
}
