package org.sipar.advisory.internal.article;

import java.util.Map;
import java.util.UUID;
import org.sipar.advisory.internal.Text;
import org.sipar.platform.InputRejected;

/**
 * What the article editor's form says: the audience and the content, the hero image by its id (empty, or the
 * {@code removeHero} box ticked, for none).
 */
public record ArticleForm(ArticleAudience audience, ArticleContent content) {

    public ArticleForm {
        audience = audience == null ? ArticleAudience.CITIZENS : audience;
        content = content == null ? ArticleContent.blank() : content;
    }

    public static ArticleForm blank() {
        return new ArticleForm(null, null);
    }

    public static ArticleForm of(Article a) {
        return new ArticleForm(a.audience(), a.content());
    }

    /** The form as the page posted it. */
    public static ArticleForm of(Map<String, String[]> p) {
        return new ArticleForm(ArticleAudience.parse(one(p, "audience")), new ArticleContent(text(p, "title"),
                text(p, "summary"), text(p, "body"), p.containsKey("removeHero") ? null : image(one(p, "heroImage"))));
    }

    /** The same form showing {@code image} as its hero. */
    public ArticleForm withHero(UUID image) {
        return new ArticleForm(audience, new ArticleContent(content.title(), content.summary(), content.body(), image));
    }

    private static Text text(Map<String, String[]> p, String name) {
        return new Text(one(p, name + ".en"), one(p, name + ".ur"));
    }

    private static UUID image(String id) {
        if (id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InputRejected("heroImage", id, "is not the id of an uploaded image");
        }
    }

    private static String one(Map<String, String[]> p, String name) {
        String[] values = p.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }
}
