package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A list that filters found nothing says so, in both languages, rather than that there is nothing yet. */
@DemoPlatform
class EmptyListTests {

    @LocalServerPort
    int port;

    @Test
    void aSearchThatFindsNothingSaysItIsTheFilters() {
        String body = new Http(port).get("/intel?q=zzqxnothingmatchesthis").body();
        assertThat(body).contains("No results for these filters").doesNotContain("None yet.");
    }

    @Test
    void inUrduToo() {
        String body = new Http(port).get("/intel?q=zzqxnothingmatchesthis&lang=ur").body();
        assertThat(body).contains("ان فلٹرز کے لیے کوئی نتیجہ نہیں");
    }
}
