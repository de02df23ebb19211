package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;

/**
 * Awareness articles: the advisories' workflow (a reviewer other than the author approves; readers keep the
 * published revision while the next is written; a withdrawn article is gone), public pages in English and Urdu
 * filtered by audience, and Markdown rendered safely.
 */
@DemoPlatform
class AwarenessArticleTests extends ArticleFixture {

    @Test
    void theAuthorCannotApproveTheirOwnArticleAndNobodySeesItBeforeItIsPublished() {
        String title = uniqueTitle("Backups for families");
        Http author = as(AUTHOR);
        String id = draftArticle(author, article(title, "خاندانوں کے لیے بیک اپ", "CITIZENS"));
        assertThat(anonymous().page("/awareness/" + slug(title)).statusCode()).isEqualTo(404);
        assertThat(articleStep(author, id, "submit").statusCode()).isEqualTo(302);
        assertThat(articleStep(author, id, "approve").statusCode()).isEqualTo(403);
        assertThat(articleStep(as(REVIEWER), id, "approve").statusCode()).isEqualTo(302);
        assertThat(anonymous().get("/awareness").body()).doesNotContain(title);
        assertThat(articleStep(as(REVIEWER), id, "publish").statusCode()).isEqualTo(302);
        assertThat(anonymous().get("/awareness/" + slug(title)).body()).contains(title);
    }

    @Test
    void anIncompleteArticleIsNotSentForReview() {
        Map<String, String> fields = new HashMap<>(article(uniqueTitle("Half written"), "", "CITIZENS"));
        fields.put("body.ur", "");
        Http author = as(AUTHOR);
        String id = draftArticle(author, fields);
        var refused = articleStep(author, id, "submit");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("body.ur", "title.ur");
    }

    @Test
    void writersAloneReachTheWorkroom() {
        assertThat(as("member@bank.demo").page("/awareness/workroom").statusCode()).isEqualTo(403);
        assertThat(as("analyst@bank.demo").page("/awareness/workroom/new").statusCode()).isEqualTo(403);
        assertThat(anonymous().page("/awareness/workroom").statusCode()).isEqualTo(302);
    }

    @Test
    void readersSeeThePublishedArticleInTheirLanguageFilteredByAudience() {
        String title = uniqueTitle("Invoices and fraud");
        publishedArticle(article(title, "رسیدیں اور دھوکا " + title.substring(title.length() - 8), "SMALL_BUSINESSES"));
        String urdu = anonymous().get("/awareness/" + slug(title) + "?lang=ur").body();
        assertThat(urdu).contains("رسیدیں اور دھوکا", "dir=\"rtl\"").doesNotContain("Body of");
        assertThat(anonymous().get("/awareness?audience=small-businesses").body()).contains(title);
        assertThat(anonymous().get("/awareness?audience=citizens").body()).doesNotContain(title);
    }

    @Test
    void aRevisionIsReadOnlyOncePublishedAndAWithdrawnArticleIsGone() {
        String title = uniqueTitle("Router passwords");
        String id = publishedArticle(article(title, "راؤٹر پاس ورڈ", "CITIZENS"));
        Http author = as(AUTHOR);
        assertThat(articleStep(author, id, "revise").statusCode()).isEqualTo(302);
        String page = author.get("/awareness/workroom/" + id).body();
        var lock = java.util.regex.Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"").matcher(page);
        assertThat(lock.find()).isTrue();
        Map<String, String> changed = new HashMap<>(article(title, "راؤٹر پاس ورڈ", "CITIZENS"));
        changed.put("body.en", "Second revision text");
        changed.put("lockVersion", lock.group(1));
        assertThat(author.post("/awareness/workroom/" + id, changed).statusCode()).isEqualTo(302);
        assertThat(anonymous().get("/awareness/" + slug(title)).body()).contains("Body of").doesNotContain("Second revision text");
        assertThat(articleStep(author, id, "withdraw").statusCode()).isEqualTo(302);
        assertThat(anonymous().page("/awareness/" + slug(title)).statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/awareness").body()).doesNotContain(title);
        assertThat(articleStep(author, id, "revise").statusCode()).as("a withdrawn article changes no more").isEqualTo(409);
        assertThat(as("admin@cert.demo").get("/admin/audit?action=advisory.article.").body())
                .contains("Withdrew awareness article " + slug(title), "Published revision 1 of awareness article " + slug(title),
                        "Started a new revision of awareness article " + slug(title));
    }

    @Test
    void markdownIsRenderedSafely() {
        String title = uniqueTitle("Safe markdown");
        Map<String, String> fields = new HashMap<>(article(title, "محفوظ مارک ڈاؤن", "GOVERNMENT_OFFICES"));
        fields.put("body.en", """
                <script>alert('x')</script> <img src=x onerror=alert(1)>

                [click me](javascript:alert(1)) and [the CERT](https://cert.example/guide)

                ![tracker](https://evil.example/pixel.png) ![own](/advisories/media/00000000-0000-0000-0000-000000000001)""");
        publishedArticle(fields);
        String page = anonymous().get("/awareness/" + slug(title)).body();
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "javascript:", "evil.example")
                .contains("&lt;script&gt;", "rel=\"noopener noreferrer nofollow\" href=\"https://cert.example/guide\"",
                        "src=\"/advisories/media/00000000-0000-0000-0000-000000000001\"");
    }

    @Test
    void theDemoPublishesGuidesInBothLanguages() {
        assertThat(anonymous().get("/awareness/secure-your-whatsapp-account?lang=ur").body())
                .contains("اپنا واٹس ایپ اکاؤنٹ محفوظ کریں", "Two-step verification");
        assertThat(anonymous().get("/awareness?lang=en").body())
                .contains("Five steps for a small business", "Passwords and passkeys for government staff");
    }
}
