package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sipar.platform.InputRejected;

/** Version selections as the edges spell them, refusals naming the parameter the edge gave. */
class VersionSelectionTest {

    @Test
    void wordsAndTimestampsAreRead() {
        assertThat(VersionSelection.parse("version", "first")).isEqualTo(VersionSelection.FIRST);
        assertThat(VersionSelection.parse("version", "last")).isEqualTo(VersionSelection.LAST);
        assertThat(VersionSelection.parse("version", "all")).isEqualTo(VersionSelection.ALL);
        assertThat(VersionSelection.parse("version", "2026-04-01T00:00:00.000Z"))
                .isEqualTo(new VersionSelection.Modified(Instant.parse("2026-04-01T00:00:00Z")));
        assertThat(VersionSelection.ALL.text()).isEqualTo("all");
    }

    @Test
    void aQueryAsksForTheLastVersionsUnlessItSaysOtherwise() {
        assertThat(ObjectQuery.all(1).versions()).containsExactly(VersionSelection.LAST);
    }

    @Test
    void aRefusalNamesTheCallersParameter() {
        for (String parameter : new String[] {"match[version]", "version"}) {
            for (String bad : new String[] {"newest", "LAST", "", "+300000-01-01T00:00:00Z"}) {
                assertThatThrownBy(() -> VersionSelection.parse(parameter, bad)).isInstanceOfSatisfying(InputRejected.class,
                        e -> assertThat(e.problems()).containsExactly(new InputRejected.Problem(parameter, bad,
                                "must be first, last, all or an RFC 3339 timestamp")));
            }
        }
    }
}
