package org.sipar.intel.internal.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.platform.SiparSettings;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, gives the demo organisations intelligence to look at, once: MITRE ATT&amp;CK as TLP:CLEAR (as
 * MITRE publishes it, for everyone), then the {@link DemoScenario}, each through the store's import like any
 * publisher's. Runs after the demo logins exist (identity's bootstrap runs as the context starts), before Sipar
 * reports itself ready. A start that finds the demo's public advisory already stored imports nothing.
 */
@Component
class DemoIntelligence implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIntelligence.class);

    private final SiparSettings settings;
    private final Intelligence intelligence;
    private final DemoPublishers publishers;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean enabled;
    private final String attackSetting;

    DemoIntelligence(SiparSettings settings, Intelligence intelligence, DemoPublishers publishers, JsonMapper json,
                     Clock clock, @Value("${sipar.demo.intelligence:true}") boolean enabled,
                     @Value("${sipar.demo.attack-bundle:}") String attackSetting) {
        this.settings = settings;
        this.intelligence = intelligence;
        this.publishers = publishers;
        this.json = json;
        this.clock = clock;
        this.enabled = enabled;
        this.attackSetting = attackSetting;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || !enabled || present()) {
            return;
        }
        Instant start = clock.instant();
        Optional<AttackBundle> attack = AttackBundle.find(attackSetting, json);
        attack.ifPresentOrElse(this::share, () -> log.warn("DEMO MODE: no MITRE ATT&CK bundle at {}; set"
                + " sipar.demo.attack-bundle to an ATT&CK STIX 2.1 bundle to have the demo share it",
                attackSetting.isBlank() ? AttackBundle.BESIDE.toAbsolutePath().normalize() : attackSetting));
        long stored = importScenario(attack.map(AttackBundle::techniques).orElse(Map.of()));
        log.info("DEMO MODE: demo intelligence imported in {} ms ({} objects of the scenario stored{})",
                Duration.between(start, clock.instant()).toMillis(), stored, attack.map(a -> ", and " + a.name()).orElse(""));
    }

    /** Whether the demo intelligence is in already: the public sees its advisory. */
    boolean present() {
        return !intelligence.objects(Reader.ANONYMOUS, ObjectQuery.all(1).withIds(List.of(DemoScenario.ADVISORY)))
                .objects().isEmpty();
    }

    /** Imports the scenario's bundles; returns how many objects they stored (none the second time). */
    long importScenario(Map<String, String> techniques) {
        long stored = 0;
        for (DemoScenario.Part part : new DemoScenario(json, techniques).parts()) {
            Publication publication = publishers.publication(part);
            stored += stored(intelligence.ingest(new ByteArrayInputStream(part.bundle()), publication));
        }
        return stored;
    }

    private void share(AttackBundle bundle) {
        Publication publication = publishers.publication("admin@cert.demo", "MITRE ATT&CK " + bundle.name())
                .unmarkedAt(Tlp.CLEAR);
        try (InputStream in = Files.newInputStream(bundle.file())) {
            intelligence.ingest(in, publication);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the ATT&CK bundle " + bundle.file() + ": " + e.getMessage(), e);
        }
    }

    private static long stored(ImportReport report) {
        if (!report.rejections().isEmpty()) {
            log.warn("DEMO MODE: the demo import {} rejected {} objects, first: {}", report.source(),
                    report.rejections().size(), report.rejections().getFirst());
        }
        return report.totals().accepted();
    }
}
