package org.sipar.advisory.internal.article;

import org.sipar.platform.NotFound;
import org.sipar.platform.Ui;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The awareness articles as people read them, without signing in: {@code /awareness} (filtered by audience) and
 * {@code /awareness/{slug}}, in the reader's language where translated; what is shown is what the sharing policy
 * lets the reader see.
 */
@Controller
class AwarenessPages {

    private final Articles articles;
    private final Readers readers;

    AwarenessPages(Articles articles, Readers readers) {
        this.articles = articles;
        this.readers = readers;
    }

    @GetMapping("/awareness")
    String list(Authentication auth, @ModelAttribute("ui") Ui ui, @RequestParam(defaultValue = "") String audience, Model model) {
        ArticleAudience chosen = audience.isBlank() ? null : ArticleAudience.parse(audience);
        model.addAttribute("articles", articles.readable(readers.of(auth), chosen, 100).stream()
                .map(a -> ArticleView.of(a, ui.lang())).toList());
        model.addAttribute("audience", chosen);
        return "advisory/article/list";
    }

    @GetMapping("/awareness/{slug:(?!workroom$)[a-z0-9-]+}")
    String page(Authentication auth, @ModelAttribute("ui") Ui ui, @PathVariable String slug, Model model) {
        Article a = articles.readable(readers.of(auth), slug).orElseThrow(() -> new NotFound("article", slug));
        model.addAttribute("article", ArticleView.of(a, ui.lang()));
        return "advisory/article/page";
    }
}
