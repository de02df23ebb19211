package org.sipar.advisory.internal.article;

import java.time.Instant;
import org.sipar.advisory.internal.AdvisoryMarkdown;
import org.sipar.advisory.internal.media.Media;

/**
 * A published article as a page shows it in one language: the Urdu where written, else the English (and the page
 * says so); its body as the safe HTML of {@link AdvisoryMarkdown}.
 *
 * @param lang the language of what is shown
 * @param hero the address of its hero image, or null
 */
public record ArticleView(String slug, ArticleAudience audience, String lang, String title, String summary,
                          String bodyHtml, String hero, boolean translationMissing, Instant firstPublished,
                          Instant lastPublished, int revision) {

    /** {@code a}'s published revision in {@code wanted} (en or ur). */
    public static ArticleView of(Article a, String wanted) {
        ArticleContent c = a.published();
        boolean missing = c.title().missingIn(wanted) || c.body().missingIn(wanted);
        String lang = "ur".equals(wanted) && !missing ? "ur" : "en";
        return new ArticleView(a.slug(), a.audience(), lang, c.title().in(lang), c.summary().in(lang),
                AdvisoryMarkdown.html(c.body().in(lang)), c.heroImage() == null ? null : Media.path(c.heroImage()),
                missing, a.firstPublished(), a.lastPublished(), a.revision());
    }

    /** The direction of what is shown. */
    public String dir() {
        return "ur".equals(lang) ? "rtl" : "ltr";
    }

    /** Whether a revision after the first was published. */
    public boolean updated() {
        return revision > 1;
    }
}
