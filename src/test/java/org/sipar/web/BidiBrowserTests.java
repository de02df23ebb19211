package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * English content inside Urdu pages keeps its own order: wherever a page shows STIX or typed text, the browser
 * computes its direction as left to right, while the page around it stays right to left.
 */
@DemoPlatform
class BidiBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void englishIntelligenceInUrduPagesIsLaidOutLeftToRight() {
        String name = "APT-Bidi 42 (v2.0) uses C2: 198.51.100.7, then exfiltrates.";
        String id = publish(name, "Description in English: step 1, step 2 (then 3).");
        browser.signIn("analyst@cert.demo");
        for (String page : List.of("/intel?lang=ur&q=APT-Bidi", "/intel/objects/" + id + "?lang=ur")) {
            browser.open(page);
            assertThat(pageDirection()).as(page).isEqualTo("rtl");
            List<String> directions = directionsOf(name);
            assertThat(directions).as("direction of the English name on %s", page).isNotEmpty().containsOnly("ltr");
        }
        assertThat(directionsOf("Description in English")).as("the description").isNotEmpty().containsOnly("ltr");
    }

    @Test
    void englishNamesOfOrganisationsInUrduAdminPagesAreLeftToRight() {
        browser.signIn("admin@cert.demo");
        browser.open("/admin/organisations?lang=ur");
        assertThat(pageDirection()).isEqualTo("rtl");
        assertThat(directionsOf("First National Bank")).isNotEmpty().containsOnly("ltr");
    }

    /** The computed direction of each element whose own text contains {@code text}. */
    private List<String> directionsOf(String text) {
        List<?> found = (List<?>) browser.script("""
                const wanted = arguments[0], out = [];
                const walk = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
                for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                  if (n.nodeValue.includes(wanted) && n.parentElement.closest('textarea, script, details:not([open])') == null)
                    out.push(getComputedStyle(n.parentElement).direction);
                }
                return out;""", text);
        return found.stream().map(String::valueOf).toList();
    }

    private String pageDirection() {
        return String.valueOf(browser.script(
                "return getComputedStyle(document.querySelector('main h1') || document.body).direction"));
    }

    private String publish(String name, String description) {
        String id = "threat-actor--" + UUID.randomUUID();
        String bundle = """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"threat-actor","spec_version":"2.1","id":"%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"%s",
                 "description":"%s","object_marking_refs":["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"]}]}"""
                .formatted(UUID.randomUUID(), id, name, description);
        var response = new Http(port).json("POST", "/api/v1/intel/bundles", Http.basic("analyst@cert.demo", "sipar-demo"),
                bundle);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }
}
