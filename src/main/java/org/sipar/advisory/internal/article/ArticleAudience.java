package org.sipar.advisory.internal.article;

import java.util.Arrays;
import org.sipar.platform.InputRejected;

/** Whom an awareness article is written for; the public list filters by it. */
public enum ArticleAudience {
    CITIZENS, SMALL_BUSINESSES, GOVERNMENT_OFFICES;

    /** The audience named {@code value} (any case, dashes for underscores), as a form or address gives it. */
    public static ArticleAudience parse(String value) {
        String name = value == null ? "" : value.strip().replace('-', '_');
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new InputRejected("audience", value, "must be one of " + Arrays.toString(values())));
    }

    /** Its name in an address: {@code small-businesses}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
