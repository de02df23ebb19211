package org.sipar.advisory.internal.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.sipar.advisory.internal.DocumentQuery;
import org.sipar.advisory.internal.PublishedDocuments;
import org.sipar.advisory.internal.article.ArticleView;
import org.sipar.advisory.internal.article.Articles;
import org.sipar.advisory.internal.kev.KevFigures;
import org.sipar.platform.PublicSection;
import org.sipar.platform.Ui;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;

/**
 * What the awareness module puts on the public home page, read as an anonymous visitor (the home page is only
 * shown to people not signed in), so that the sharing policy gives TLP:CLEAR only: the latest public advisories
 * with a strip of their severities, then the ways to act (reporting an incident, the catalogue of exploited
 * vulnerabilities, subscribing), then featured awareness articles.
 */
@Component
class PortalSections implements PublicSection.Source {

    static final int LATEST = 6;
    static final int FEATURED = 3;
    static final Duration STRIP = Duration.ofDays(90);

    private final PublishedDocuments documents;
    private final PortalFigures figures;
    private final Articles articles;
    private final KevFigures kev;
    private final PortalSettings settings;
    private final Clock clock;

    PortalSections(PublishedDocuments documents, PortalFigures figures, Articles articles, KevFigures kev,
                   PortalSettings settings, Clock clock) {
        this.documents = documents;
        this.figures = figures;
        this.articles = articles;
        this.kev = kev;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<PublicSection> sections(Ui ui) {
        return List.of(
                new PublicSection(10, "advisory/portal/latest.jte", Map.of(
                        "advisories", documents.latest(Reader.ANONYMOUS, DocumentQuery.newest(ui.lang(), LATEST)),
                        "severities", figures.bySeverity(Reader.ANONYMOUS, clock.instant().minus(STRIP)),
                        "days", STRIP.toDays())),
                new PublicSection(30, "advisory/portal/articles.jte", Map.of("articles",
                        articles.readable(Reader.ANONYMOUS, null, FEATURED).stream().map(a -> ArticleView.of(a, ui.lang())).toList())),
                new PublicSection(20, "advisory/portal/actions.jte", Map.of("kevEntries", kev.entries(), "settings", settings)));
    }
}
