package org.sipar.advisory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.sipar.identity.Directory;
import org.sipar.identity.Person;
import org.sipar.platform.SiparSettings;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * For benchmarks only: {@code sipar.advisory.synthetic-advisories} published advisories, stored at start in demo mode
 * (never otherwise) through the provider's own path, so that each has real CSAF JSON, hashes and a signature and the
 * index, changes.csv and ROLIE feeds are of a realistic size. Made from the demo's advisories with varied products,
 * CVEs, scores, audiences and TLP levels (mostly CLEAR), released over the last three years. Signing thousands with
 * RSA 3072 takes a while: they are written after start, on a thread per core, in transactions of {@value #BATCH}.
 */
@Component
class SyntheticAdvisories {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(SyntheticAdvisories.class);
    private final SiparSettings settings;
    private final AdvisorySettings advisorySettings;
    private final Advisories advisories;
    private final Provider provider;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;

    SyntheticAdvisories(SiparSettings settings, AdvisorySettings advisorySettings, Advisories advisories,
                        Provider provider, Directory directory, TransactionTemplate transaction, JdbcClient jdbc,
                        Clock clock) {
        this.settings = settings;
        this.advisorySettings = advisorySettings;
        this.advisories = advisories;
        this.provider = provider;
        this.directory = directory;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After start (and after the demo's own advisories), so that Sipar answers while they are written. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (settings.demo() && advisorySettings.syntheticAdvisories() > 0) {
            Thread.ofPlatform().name("synthetic-advisories").daemon().start(this::store);
        }
    }

    /** Who writes, reviews and receives the synthetic advisories: the demo's national CERT and its sector group. */
    private record Cast(Person author, Person reviewer, UUID sector, SyntheticContent content, int wanted) {
    }

    private void store() {
        int wanted = advisorySettings.syntheticAdvisories();
        if (jdbc.sql("select count(*) from advisories where tracking_id like '%-S_____'").query(Integer.class).single() > 0) {
            log.info("DEMO MODE: synthetic advisories stored before; none added");
            return;
        }
        Cast cast = new Cast(directory.personByEmail("analyst@cert.demo").orElseThrow(),
                directory.personByEmail("admin@cert.demo").orElseThrow(),
                directory.sharingGroups().stream().filter(g -> g.name().equals("Finance and telecom sector"))
                        .map(g -> g.id()).findFirst().orElseThrow(), new SyntheticContent(templates()), wanted);
        long start = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> batches = IntStream.iterate(0, i -> i < wanted, i -> i + BATCH)
                    .<Future<?>>mapToObj(from -> pool.submit(() -> batch(from, cast))).toList();
            batches.forEach(SyntheticAdvisories::await);
        }
        log.info("DEMO MODE: {} synthetic advisories stored in {} s on {} threads", wanted,
                (System.nanoTime() - start) / 1_000_000 / 1000.0, threads);
    }

    private void batch(int from, Cast cast) {
        transaction.executeWithoutResult(s -> IntStream.range(from, Math.min(from + BATCH, cast.wanted()))
                .forEach(i -> publish(i, cast)));
    }

    private void publish(int i, Cast cast) {
        // Spread over three years, the newest last, so that every year's folder and the lists' order are realistic.
        Instant at = clock.instant().minus(Duration.ofMinutes((long) (cast.wanted() - i) * 3 * 365 * 24 * 60 / cast.wanted() + 60));
        Tlp tlp = i % 50 == 7 ? Tlp.AMBER : i % 100 == 13 ? Tlp.AMBER_STRICT : i % 10 == 3 ? Tlp.GREEN : Tlp.CLEAR;
        Person author = cast.author();
        Distribution d = new Distribution(tlp, author.organisationId(), author.id(), Set.of(),
                tlp == Tlp.AMBER ? Set.of(cast.sector()) : Set.of(), Set.of());
        String tracking = "%s-%d-S%05d".formatted(advisorySettings.trackingPrefix(), at.atZone(ZoneOffset.UTC).getYear(), i);
        SyntheticContent.Made made = cast.content().number(i);
        Advisory draft = Advisory.draft(UUID.randomUUID(), tracking, made.category(), made.audience(), made.content(), d, at);
        advisories.insert(draft);
        Advisory published = draft.submit(author.id(), at).approve(cast.reviewer().id(), at).publish(at);
        provider.publish(published, "Initial release");
        advisories.update(published);
    }

    private static List<DemoAdvisories.Entry> templates() {
        try (InputStream in = new ClassPathResource("advisory/demo-advisories.json").getInputStream()) {
            return List.of(JsonMapper.shared().readValue(in, DemoAdvisories.Entry[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Future<?> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Storing the synthetic advisories was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A batch of synthetic advisories failed", e.getCause());
        }
    }
}
