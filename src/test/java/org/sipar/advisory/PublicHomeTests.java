package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sipar.identity.Directory;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public home page, in English and Urdu: the latest TLP:CLEAR advisories and never one at any other level
 * (each published to recipients the anonymous visitor is not), the awareness articles, the catalogue, reporting and
 * subscribing; nothing fetched from another site. Signed-in people go to their dashboard.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicHomeTests extends ArticleFixture {

    private static final Pattern EXTERNAL = Pattern.compile("(?:src|href|action)=\"(?:https?:)?//", Pattern.CASE_INSENSITIVE);

    @Autowired
    Directory directory;

    private final Map<String, String> markers = new LinkedHashMap<>();
    private final String article = uniqueTitle("Check links before you click");

    @BeforeAll
    void publishOnePerLevel() {
        String bank = directory.organisations().stream().filter(o -> o.name().equals("First National Bank")).findFirst().orElseThrow().id().toString();
        String group = directory.sharingGroups().stream().filter(g -> g.name().equals("Finance and telecom sector")).findFirst().orElseThrow().id().toString();
        for (String level : List.of("GREEN", "AMBER", "AMBER_STRICT", "RED", "CLEAR")) {
            String marker = "home" + level.toLowerCase(Locale.ROOT).replace("_", "") + UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> fields = new HashMap<>(securityAdvisory(marker + " advisory", level));
            switch (level) {
                case "AMBER" -> fields.put("recipientGroups", group);
                case "AMBER_STRICT" -> fields.put("recipientOrgs", bank);
                case "RED" -> fields.put("recipientPeopleEmails", "analyst@telco.demo\n" + REVIEWER);
                default -> { }
            }
            markers.put(level, marker);
            published(fields);
        }
        publishedArticle(article(article, "کلک سے پہلے لنک دیکھیں " + article, "CITIZENS"));
    }

    @Test
    void anonymousVisitorsSeeTheLatestPublicAdvisoriesAndNothingElseInBothLanguages() {
        SoftAssertions soft = new SoftAssertions();
        for (String lang : List.of("en", "ur")) {
            String home = anonymous().get("/?lang=" + lang).body();
            markers.forEach((level, marker) -> soft.assertThat(home.contains(marker))
                    .as("the %s home page shows the TLP:%s advisory", lang, level).isEqualTo(level.equals("CLEAR")));
            soft.assertThat(home).as("severity strip and badge").contains("severity-strip", "severity severity-");
        }
        soft.assertAll();
        assertThat(anonymous().get("/?lang=ur").body()).contains("dir=\"rtl\"", "lang=\"ur\"", "اردو " + markers.get("CLEAR"));
    }

    @Test
    void theHomePageLeadsToArticlesTheCatalogueReportingAndSubscribing() {
        String home = anonymous().get("/?lang=en").body();
        assertThat(home).contains(article, "href=\"/awareness/" + slug(article) + "\"",
                "href=\"/kev\"", "href=\"/advisories/subscribe\"", "id=\"report-incident\"", "href=\"/awareness\"");
        assertThat(anonymous().get("/?lang=ur").body()).contains("کلک سے پہلے لنک دیکھیں " + article);
    }

    @Test
    void theHomePageFetchesNothingFromAnotherSite() {
        for (String lang : List.of("en", "ur")) {
            Matcher external = EXTERNAL.matcher(anonymous().get("/?lang=" + lang).body());
            assertThat(external.find()).as("a link or resource on another site").isFalse();
        }
    }

    @Test
    void signedInPeopleGoToTheirDashboard() {
        var home = as("member@bank.demo").get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
    }
}
