package org.sipar.advisory.internal.kev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills an empty catalogue with a handful of entries (written for the demo, in CISA's layout): five
 * as if imported from CISA's catalogue, and one national entry, so that both kinds show.
 */
@Component
class DemoKev implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKev.class);
    private static final String NATIONAL = "CVE-2024-6387";

    private final SiparSettings settings;
    private final KevCatalogue catalogue;
    private final CisaFormat cisa;
    private final Clock clock;

    DemoKev(SiparSettings settings, KevCatalogue catalogue, CisaFormat cisa, Clock clock) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.cisa = cisa;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.demo() || catalogue.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        List<KevEntry> entries = read();
        for (KevEntry entry : entries) {
            catalogue.save(entry, NATIONAL.equals(entry.cveId()) ? "national" : "imported", "demo", now);
        }
        catalogue.changed(now);
        log.info("DEMO MODE: {} entries put in the catalogue of known exploited vulnerabilities", entries.size());
    }

    private List<KevEntry> read() {
        try (InputStream in = new ClassPathResource("advisory/kev/demo.json").getInputStream()) {
            return cisa.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo catalogue advisory/kev/demo.json cannot be read", e);
        }
    }
}
