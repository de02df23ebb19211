package org.sipar.advisory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Demo mode's advisories: written by the national CERT's analyst, approved by its administrator and published
 * (signed, hashed, in every feed) at the start of an empty demo: public ones in English and Urdu, one for members
 * in English only (its Urdu readers are told so), one for the finance and telecom sector group at TLP:AMBER.
 */
@Component
class DemoAdvisories implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAdvisories.class);
    private final SiparSettings settings;
    private final Advisories advisories;
    private final Provider provider;
    private final Directory directory;
    private final AdvisorySettings advisorySettings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAdvisories(SiparSettings settings, Advisories advisories, Provider provider, Directory directory,
                   AdvisorySettings advisorySettings, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.advisories = advisories;
        this.provider = provider;
        this.directory = directory;
        this.advisorySettings = advisorySettings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One advisory of the demo, as {@code advisory/demo-advisories.json} has it. */
    record Entry(String category, String audience, String tlp, int daysAgo, List<String> groups, AdvisoryContent content) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.demo() || advisories.count() > 0) {
            return;
        }
        Person author = directory.personByEmail("analyst@cert.demo").orElse(null);
        Person reviewer = directory.personByEmail("admin@cert.demo").orElse(null);
        if (author == null || reviewer == null) {
            return;
        }
        List<Entry> entries;
        try (InputStream in = new ClassPathResource("advisory/demo-advisories.json").getInputStream()) {
            entries = List.of(JsonMapper.shared().readValue(in, Entry[].class));
        }
        transaction.executeWithoutResult(s -> entries.forEach(e -> publish(e, author, reviewer)));
        log.info("DEMO MODE: {} advisories published", entries.size());
    }

    private void publish(Entry e, Person author, Person reviewer) {
        Instant at = clock.instant().minus(Duration.ofDays(e.daysAgo()));
        Set<UUID> groups = directory.sharingGroups().stream().filter(g -> e.groups() != null && e.groups().contains(g.name()))
                .map(g -> g.id()).collect(Collectors.toSet());
        Distribution d = new Distribution(Tlp.parse(e.tlp()), author.organisationId(), author.id(), Set.of(), groups, Set.of());
        String tracking = advisories.nextTrackingId(advisorySettings.trackingPrefix(), at.atZone(java.time.ZoneOffset.UTC).getYear());
        Advisory draft = Advisory.draft(UUID.randomUUID(), tracking, Category.ofCsaf(e.category()), Audience.parse(e.audience()),
                e.content().withCweNames(org.sipar.advisory.internal.cvss.Cwes::name), d, at);
        advisories.insert(draft);
        Advisory published = draft.submit(author.id(), at).approve(reviewer.id(), at).publish(at);
        provider.publish(published, "Initial release");
        advisories.update(published);
    }
}
