package org.sipar.advisory.internal.article;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sipar.identity.Directory;
import org.sipar.identity.Person;
import org.sipar.platform.SiparSettings;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode's awareness articles ({@code advisory/demo-articles.json}): written by the national CERT's analyst,
 * approved by its administrator and published in English and Urdu at the start of a demo without articles.
 */
@Component
class DemoArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);
    private final SiparSettings settings;
    private final Articles articles;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoArticles(SiparSettings settings, Articles articles, Directory directory, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.articles = articles;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One article of the demo. */
    record Entry(String audience, int daysAgo, ArticleContent content) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Person author = directory.personByEmail("analyst@cert.demo").orElse(null);
        Person reviewer = directory.personByEmail("admin@cert.demo").orElse(null);
        if (!settings.demo() || author == null || reviewer == null || articles.slugTaken(Slugs.base("Secure your WhatsApp account"))) {
            return;
        }
        List<Entry> entries;
        try (InputStream in = new ClassPathResource("advisory/demo-articles.json").getInputStream()) {
            entries = List.of(JsonMapper.shared().readValue(in, Entry[].class));
        }
        transaction.executeWithoutResult(s -> entries.forEach(e -> publish(e, author, reviewer)));
        log.info("DEMO MODE: {} awareness articles published", entries.size());
    }

    private void publish(Entry e, Person author, Person reviewer) {
        Instant at = clock.instant().minus(Duration.ofDays(e.daysAgo()));
        Distribution clear = new Distribution(Tlp.CLEAR, author.organisationId(), author.id(), Set.of(), Set.of(), Set.of());
        Article draft = Article.draft(UUID.randomUUID(), Slugs.of(e.content().title().en(), articles::slugTaken),
                ArticleAudience.parse(e.audience()), e.content(), clear, at);
        articles.insert(draft);
        Article published = articles.update(draft.submit(at).approve(reviewer.id(), at).publish(at));
        articles.recordRevision(published, reviewer.id(), false);
    }
}
