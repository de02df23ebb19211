package org.sipar.advisory.internal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.advisory.internal.Text;
import org.sipar.platform.InputRejected;
import org.sipar.platform.InputRejected.Problem;

/**
 * What an awareness article says, in English and Urdu: its title, a summary for lists and the home page, and its
 * body in Markdown (rendered safely by {@link org.sipar.advisory.internal.AdvisoryMarkdown}); optionally a hero image
 * uploaded to Sipar.
 */
public record ArticleContent(Text title, Text summary, Text body, UUID heroImage) {

    public ArticleContent {
        title = title == null ? Text.EMPTY : title;
        summary = summary == null ? Text.EMPTY : summary;
        body = body == null ? Text.EMPTY : body;
    }

    public static ArticleContent blank() {
        return new ArticleContent(null, null, null, null);
    }

    /** Refused naming each field a draft needs: an English title (of at most 200 characters). */
    void requireDraftable() {
        List<Problem> problems = new ArrayList<>();
        require(problems, !title.en().isEmpty(), "title.en", title.en(), "is empty: a draft needs an English title");
        require(problems, title.en().length() <= 200 && title.ur().length() <= 200, "title", title.en(), "is longer than 200 characters");
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    /** Refused naming each field a reader needs before review: title, summary and body in both languages. */
    void requireComplete() {
        List<Problem> problems = new ArrayList<>();
        for (String lang : List.of("en", "ur")) {
            require(problems, !in(title, lang).isEmpty(), "title." + lang, "", "is empty: an article is read in English and Urdu");
            require(problems, !in(summary, lang).isEmpty(), "summary." + lang, "", "is empty: an article is read in English and Urdu");
            require(problems, !in(body, lang).isEmpty(), "body." + lang, "", "is empty: an article is read in English and Urdu");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    private static String in(Text text, String lang) {
        return "ur".equals(lang) ? text.ur() : text.en();
    }

    private static void require(List<Problem> problems, boolean ok, String field, String value, String reason) {
        if (!ok) {
            problems.add(new Problem(field, value, reason));
        }
    }
}
