package org.sipar.advisory.internal.alert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode's products: the bank runs PAN-OS 11.1 and log4j, the telco NetScaler ADC, the ministry an older PAN-OS,
 * registered by each organisation's administrator before the demo advisories are published (this runner goes
 * first), so that publishing them raises the bank's and the telco's alerts. Once the application is ready, the newest
 * revisions are matched here too (raising is idempotent): for a demo whose advisories were published before the products
 * arrived, and so that the demo's alert mail is queued before anything else runs, not by a listener some time later.
 */
@Component
@Order(0)
class DemoProducts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProducts.class);
    private static final List<Demo> DEMO = List.of(
            new Demo("First National Bank", "admin@bank.demo", "cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*", "Perimeter firewalls"),
            new Demo("First National Bank", "admin@bank.demo", "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1", "Payments middleware"),
            new Demo("Indus Telecom", "admin@telco.demo", "cpe:2.3:a:citrix:netscaler_application_delivery_controller:14.1:*:*:*:*:*:*:*", "Remote access gateways"),
            new Demo("Ministry of Information Technology", "admin@moit.demo", "cpe:2.3:o:paloaltonetworks:pan-os:10.1.0:*:*:*:*:*:*:*", "Data centre firewalls"));

    private final SiparSettings settings;
    private final Directory directory;
    private final Products products;
    private final PublishedRevisions revisions;
    private final AlertRaiser raiser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile boolean registered;

    DemoProducts(SiparSettings settings, Directory directory, Products products, PublishedRevisions revisions,
                 AlertRaiser raiser, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.directory = directory;
        this.products = products;
        this.revisions = revisions;
        this.raiser = raiser;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One demo product: the organisation that runs it, who registered it, its identifier and label. */
    record Demo(String organisation, String addedBy, String identifier, String label) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || products.count() > 0) {
            return;
        }
        int added = transaction.execute(s -> (int) DEMO.stream().filter(this::register).count());
        registered = added > 0;
        log.info("DEMO MODE: {} products registered for demo organisations", added);
    }

    @EventListener(ApplicationReadyEvent.class)
    void matchPublished() {
        if (registered) {
            revisions.newest().forEach(raiser::raise);
        }
    }

    private boolean register(Demo demo) {
        Optional<UUID> org = directory.organisations().stream().filter(o -> o.name().equals(demo.organisation()))
                .map(Organisation::id).findFirst();
        Optional<Person> by = directory.personByEmail(demo.addedBy());
        return org.isPresent() && by.isPresent() && products.add(new RegisteredProduct(UUID.randomUUID(), org.get(),
                ProductIdentifier.parse(demo.identifier()), demo.label(), by.get().id(), clock.instant()));
    }
}
