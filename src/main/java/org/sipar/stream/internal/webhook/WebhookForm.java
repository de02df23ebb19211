package org.sipar.stream.internal.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sipar.sharing.Tlp;

/**
 * The registration form's fields as typed, so that a refused form comes back as it was sent: lists as
 * comma-separated text, TLP levels as the boxes ticked.
 */
public record WebhookForm(String name, String url, String types, String labels, List<String> tlps,
                          String minConfidence, String collection, boolean fromStart) {

    /** The TLP boxes the form offers, by the stream's names for them: not RED, which no endpoint is ever sent. */
    public static final List<String> LEVELS = Arrays.stream(Tlp.values()).filter(t -> t != Tlp.RED)
            .map(t -> t.label().toLowerCase(Locale.ROOT)).toList();

    static WebhookForm empty() {
        return new WebhookForm("", "https://", "", "", List.of(), "", "", false);
    }

    static WebhookForm of(HttpServletRequest r) {
        String[] tlps = r.getParameterValues("tlp");
        return new WebhookForm(text(r.getParameter("name")), text(r.getParameter("url")), text(r.getParameter("type")),
                text(r.getParameter("label")), tlps == null ? List.of() : List.of(tlps),
                text(r.getParameter("min_confidence")), text(r.getParameter("collection")), r.getParameter("from") != null);
    }

    static WebhookForm of(Endpoint e) {
        var f = e.filter();
        return new WebhookForm(e.name(), e.url(), String.join(", ", f.types().stream().sorted().toList()),
                String.join(", ", f.labels().stream().sorted().toList()),
                f.tlps().stream().map(t -> t.label().toLowerCase(Locale.ROOT)).toList(),
                f.minConfidence() == null ? "" : f.minConfidence().toString(),
                f.collection() == null ? "" : f.collection().toString(), false);
    }

    /** Whether the TLP box {@code level} is ticked. */
    public boolean ticked(String level) {
        return tlps.contains(level);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
