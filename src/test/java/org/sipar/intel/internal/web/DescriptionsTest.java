package org.sipar.intel.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Descriptions are Markdown from any publisher: rendered, never trusted; ATT&CK citations become numbered links. */
class DescriptionsTest {

    private static final JsonNode NONE = JsonMapper.shared().createArrayNode();

    private static JsonNode refs(String json) {
        return JsonMapper.shared().readTree(json);
    }

    @Test
    void markdownIsRendered() {
        String html = Descriptions.html("Uses **PowerShell** and `cmd.exe`.\n\n* one\n* two", NONE);
        assertThat(html).contains("<strong>PowerShell</strong>", "<code>cmd.exe</code>", "<li>one</li>", "<ul>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "hi <script>alert(1)</script> there",
            "<img src=x onerror=alert(1)>", "<div><p><b onmouseover=alert(1)>nested</b></p></div>",
            "<svg/onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>", "<a href=\"javascript:alert(1)\">x</a>"})
    void rawHtmlIsEscapedNotPassed(String hostile) {
        String html = Descriptions.html(hostile, NONE);
        assertThat(html).doesNotContainPattern("<(script|img|svg|iframe|div|b )").doesNotContain("<a ");
        assertThat(html).contains("&lt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](java\tscript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "<javascript:alert(1)>",
            "[x](vbscript:msgbox)", "[x](file:///etc/passwd)", "[x](/admin/people)", "[x](//evil.example/)",
            "[x]: javascript:alert(1)\n\n[x]"})
    void linksOtherThanHttpHttpsAndMailtoLoseTheirTarget(String hostile) {
        String html = Descriptions.html(hostile, NONE);
        // The text of a refused autolink may stay as words; no attribute carries it.
        assertThat(html).doesNotContain("href").doesNotContainIgnoringCase("=\"javascript").doesNotContain("data:text")
                .doesNotContain("rel=");
    }

    @Test
    void safeLinksKeepTheirTargetAndGetRel() {
        String html = Descriptions.html("[a](https://attack.mitre.org/) [b](http://x.example/) [c](mailto:cert@example.gov) "
                + "<https://auto.example/>", NONE);
        assertThat(html).contains("<a href=\"https://attack.mitre.org/\" rel=\"noopener noreferrer nofollow\">a</a>")
                .contains("href=\"http://x.example/\"").contains("href=\"mailto:cert@example.gov\"")
                .contains("href=\"https://auto.example/\"");
        assertThat(html.split("rel=\"noopener noreferrer nofollow\"", -1)).hasSize(5);
    }

    @Test
    void imagesBecomeLinksSoNothingLoads() {
        String html = Descriptions.html("![tracker](https://evil.example/pixel.png) ![bad](javascript:alert(1))", NONE);
        assertThat(html).doesNotContain("<img").contains("<a href=\"https://evil.example/pixel.png\" rel=\"noopener noreferrer nofollow\">tracker</a>")
                .doesNotContain("javascript");
    }

    @Test
    void attributeBreakoutInALinkIsEscaped() {
        String html = Descriptions.html("[x](https://a.example/\"onmouseover=\"alert(1) \"t\\\"itle\")", NONE);
        assertThat(html).doesNotContain("\" onmouseover").doesNotContain("\"onmouseover=\"");
    }

    @Test
    void citationsBecomeNumberedLinksToTheirReference() {
        JsonNode refs = refs("""
                [{"source_name": "mitre-attack", "external_id": "T1059", "url": "https://attack.mitre.org/techniques/T1059"},
                 {"source_name": "Mandiant APT1", "url": "https://www.mandiant.com/apt1", "description": "Mandiant. (2013). APT1."},
                 {"source_name": "No Url", "description": "A printed report."}]""");
        String html = Descriptions.html("APT1 uses it.(Citation: Mandiant APT1) So says a book.(Citation: No Url)"
                + " (Citation: Unknown Source)", refs);
        assertThat(html).contains("<a href=\"https://www.mandiant.com/apt1\" title=\"Mandiant. (2013). APT1.\" class=\"citation\""
                + " rel=\"noopener noreferrer nofollow\">[2]</a>");
        assertThat(html).contains("<a href=\"#ref-3\" title=\"A printed report.\" class=\"citation\">[3]</a>");
        assertThat(html).contains("(Citation: Unknown Source)").doesNotContain("(Citation: Mandiant APT1)");
    }

    @Test
    void citationsAndReferencesCannotSmuggleHostileTargets() {
        JsonNode refs = refs("""
                [{"source_name": "Evil", "url": "javascript:alert(1)", "description": "<script>alert(1)</script>"}]""");
        String html = Descriptions.html("Bad.(Citation: Evil)", refs);
        assertThat(html).doesNotContain("javascript").doesNotContain("<script").contains("href=\"#ref-1\"");
        assertThat(Descriptions.references(refs).getFirst().url()).isNull();
    }

    @Test
    void everyReferenceIsListedInOrderWithItsParts() {
        JsonNode refs = refs("""
                [{"source_name": "mitre-attack", "external_id": "T1059", "url": "https://attack.mitre.org/techniques/T1059"},
                 {"source_name": "capec", "external_id": "CAPEC-66"}]""");
        assertThat(Descriptions.references(refs)).containsExactly(
                new Descriptions.Reference(1, "mitre-attack", "T1059", "https://attack.mitre.org/techniques/T1059", null, ""),
                new Descriptions.Reference(2, "capec", "CAPEC-66", null, null, ""));
    }

    @Test
    void aReferenceDescriptionCitingAnotherReferenceLinksToIt() {
        JsonNode refs = refs("""
                [{"source_name": "APT34", "description": "(Citation: FireEye APT34 Dec 2017) <b>bold</b>"},
                 {"source_name": "FireEye APT34 Dec 2017", "url": "https://www.fireeye.example/apt34"}]""");
        assertThat(Descriptions.references(refs).getFirst().descriptionHtml())
                .contains("<a href=\"https://www.fireeye.example/apt34\"").contains(">[2]</a>").contains("&lt;b&gt;");
    }

    @Test
    void noDescriptionIsEmpty() {
        assertThat(Descriptions.html(null, NONE)).isEmpty();
        assertThat(Descriptions.html("  ", NONE)).isEmpty();
    }
}
