package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The intelligence list leaves the TLP marking definitions out unless they are asked for by type. */
@DemoPlatform
class MarkingsInTheListTests {

    /** The built-in TLP:CLEAR marking definition, which everyone may see. */
    static final String TLP_CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

    @LocalServerPort
    int port;

    @Test
    void theListHidesMarkingDefinitions() {
        assertThat(new Http(port).get("/intel").body()).doesNotContain(TLP_CLEAR);
    }

    @Test
    void choosingTheTypeShowsThem() {
        assertThat(new Http(port).get("/intel?type=marking-definition").body()).contains(TLP_CLEAR);
    }
}
