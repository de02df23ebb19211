package org.sipar.advisory.internal;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * An advisory's Markdown as safe HTML: raw HTML is escaped, never passed on; links go only to http, https and
 * mailto and carry {@code rel="noopener noreferrer nofollow"}; images only from Sipar's own media, so that an
 * advisory cannot make its reader's browser fetch anything from elsewhere.
 */
public final class AdvisoryMarkdown {

    private static final Pattern LINKS = Pattern.compile("(?i)^(https?:|mailto:)");
    private static final Pattern IMAGES = Pattern.compile("^/advisories/media/[0-9a-f-]{36}$");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new OwnImages())
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if ("a".equals(tag)) {
                    attributes.put("rel", "noopener noreferrer nofollow");
                }
            })
            .build();

    private AdvisoryMarkdown() {
    }

    public static String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    private static final class OwnImages implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return LINKS.matcher(url.strip()).find() ? url.strip() : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return IMAGES.matcher(url.strip()).matches() ? url.strip() : "";
        }
    }
}
