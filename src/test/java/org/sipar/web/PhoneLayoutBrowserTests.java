package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page fits a phone's width, in English and in Urdu: nothing makes the page itself scroll sideways. */
@DemoPlatform
class PhoneLayoutBrowserTests {

    private static final List<String> SIGNED_IN_PAGES = List.of("/dashboard", "/intel", "/intel/import",
            "/intel/matrix", "/admin/organisations", "/admin/organisations/new", "/admin/people", "/admin/sharing-groups",
            "/admin/audit", "/account/tokens", "/account/password");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    /** A phone's screen, not a small window: its width, pixel density and mobile viewport rules. */
    @BeforeAll
    static void actAsAPhone() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    @Test
    void publicPagesFitAPhone() throws Exception {
        browser.signOut();
        for (String lang : List.of("en", "ur")) {
            for (String page : List.of("/", "/login", "/intel")) {
                assertFits(page, lang);
            }
        }
    }

    @Test
    void signedInPagesFitAPhone() throws Exception {
        String object = publishIndicator();
        browser.signIn("admin@cert.demo");
        for (String lang : List.of("en", "ur")) {
            for (String page : SIGNED_IN_PAGES) {
                assertFits(page, lang);
            }
            assertFits("/intel/objects/" + object, lang);
        }
    }

    private void assertFits(String page, String lang) throws Exception {
        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
        List<?> overflowing = (List<?>) browser.script("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) return [];
                return [...document.querySelectorAll('body *')].filter(e => {
                    const r = e.getBoundingClientRect();
                    return (r.right > width + 1 || r.left < -1) && !e.closest('.scroll-x, [data-scrolls]');
                  }).slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));""");
        Object scrollWidth = browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        browser.screenshot("phone" + page.replace('/', '-') + "-" + lang);
        assertThat(((Number) scrollWidth).intValue()).as("%s in %s overflows sideways; widest: %s", page, lang,
                overflowing).isLessThanOrEqualTo(0);
    }

    private String publishIndicator() {
        String id = "indicator--" + UUID.randomUUID();
        String bundle = """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"indicator","spec_version":"2.1","id":"%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z",
                 "name":"Phone layout indicator with a rather long name that must wrap on a narrow screen",
                 "pattern":"[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
                 "pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}]}""".formatted(UUID.randomUUID(), id);
        var response = new Http(port).json("POST", "/api/v1/intel/bundles", Http.basic("admin@cert.demo", "sipar-demo"),
                bundle);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }
}
