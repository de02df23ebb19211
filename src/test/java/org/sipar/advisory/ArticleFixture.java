package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sipar.support.Http;

/** Writing and publishing awareness articles through the article workroom's pages. */
abstract class ArticleFixture extends AdvisoryFixture {

    private static final Pattern LOCK = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"");
    private static final Pattern ID = Pattern.compile("/awareness/workroom/([0-9a-f-]{36})");

    /** The fields of a complete article titled {@code title} (English; the Urdu title is {@code urdu}). */
    static Map<String, String> article(String title, String urdu, String audience) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("audience", audience);
        f.put("title.en", title);
        f.put("title.ur", urdu);
        f.put("summary.en", "Summary of " + title);
        f.put("summary.ur", "خلاصہ " + urdu);
        f.put("body.en", "Body of **" + title + "**");
        f.put("body.ur", "متن " + urdu);
        return f;
    }

    static String uniqueTitle(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    String draftArticle(Http author, Map<String, String> fields) {
        author.get("/awareness/workroom/new");
        HttpResponse<String> created = author.post("/awareness/workroom", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher m = ID.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    HttpResponse<String> articleStep(Http who, String id, String step) {
        String page = who.get("/awareness/workroom/" + id).body();
        Matcher lock = LOCK.matcher(page);
        assertThat(lock.find()).as(page).isTrue();
        return who.post("/awareness/workroom/" + id + "/" + step, Map.of("lockVersion", lock.group(1)));
    }

    /** Writes, reviews and publishes an article; returns its id. */
    String publishedArticle(Map<String, String> fields) {
        Http author = as(AUTHOR);
        Http reviewer = as(REVIEWER);
        String id = draftArticle(author, fields);
        assertThat(articleStep(author, id, "submit").statusCode()).isEqualTo(302);
        assertThat(articleStep(reviewer, id, "approve").statusCode()).isEqualTo(302);
        assertThat(articleStep(reviewer, id, "publish").statusCode()).isEqualTo(302);
        return id;
    }

    /** The slug of a title, as the desk makes it. */
    static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
