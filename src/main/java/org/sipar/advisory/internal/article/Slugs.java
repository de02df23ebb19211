package org.sipar.advisory.internal.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** An article's address from its English title: "Secure your WhatsApp account" → {@code secure-your-whatsapp-account}. */
final class Slugs {

    private static final int MAX = 60;

    private Slugs() {
    }

    /** The slug of {@code title}, numbered ({@code -2}, {@code -3} ...) past those {@code taken}. */
    static String of(String title, Predicate<String> taken) {
        String base = base(title);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String base(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
