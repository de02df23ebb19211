package org.sipar.detect.internal.retro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sipar.detect.internal.engine.Canonical;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;
import org.sipar.detect.internal.lifecycle.RefusedValueException;
import org.sipar.support.stix.ReferenceData;

/**
 * Real malicious domains and addresses (the shared IoC feeds) as telemetry of three organisations over five days,
 * hunted with their exact values, their parents' subdomains, /16 and /24 ranges, and values from the feeds' other
 * halves that nobody saw; answered as {@link ReferenceSightings} answers.
 */
class RealFeedTests {

    private static final int EACH = 20_000;
    private final Random random = new Random(5);
    private final Canonical canonical = new Canonical();

    @Test
    void realDomainsAndAddressesAreFoundAsTheReferenceFindsThem() throws IOException {
        List<Key> domains = read("data/ioc/malicious-domains.txt", Kind.DOMAIN);
        List<Key> addresses = read("data/ioc/ipsum.txt", Kind.IPV4);
        List<UUID> organisations = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        RetroStore store = RetroStore.inMemory();
        ReferenceSightings reference = new ReferenceSightings();
        for (Key key : Stream.concat(domains.subList(0, EACH).stream(), addresses.subList(0, EACH).stream()).toList()) {
            UUID organisation = organisations.get(random.nextInt(3));
            LocalDate day = LocalDate.of(2026, 2, 1 + random.nextInt(5));
            store.saw(organisation, day, List.of(key));
            reference.saw(organisation, day, List.of(key));
        }
        store.flush();
        List<Key> indicators = indicators(domains, addresses);

        List<Seen> seen = store.whoSaw(indicators);

        assertThat(new HashSet<>(seen)).hasSize(seen.size()).isEqualTo(reference.whoSaw(indicators));
        assertThat(seen).extracting(s -> s.indicator().kind()).contains(Kind.DOMAIN, Kind.DOMAIN_TREE, Kind.CIDR, Kind.IPV4);
    }

    private List<Key> indicators(List<Key> domains, List<Key> addresses) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Key domain = domains.get(random.nextInt(EACH));
            keys.add(domain);
            keys.add(domains.get(EACH + random.nextInt(domains.size() - EACH))); // most never seen
            String[] labels = domain.value().split("\\.");
            keys.add(new Key(Kind.DOMAIN_TREE, labels[labels.length - 2] + "." + labels[labels.length - 1]));
            String[] octets = addresses.get(random.nextInt(EACH)).value().split("\\.");
            keys.add(new Key(Kind.CIDR, octets[0] + "." + octets[1] + ".0.0/16"));
            keys.add(new Key(Kind.CIDR, octets[0] + "." + octets[1] + "." + octets[2] + ".0/24"));
            keys.add(addresses.get(random.nextInt(EACH)));
            keys.add(addresses.get(EACH + random.nextInt(addresses.size() - EACH)));
        }
        return keys;
    }

    private List<Key> read(String feed, Kind kind) throws IOException {
        try (Stream<String> lines = Files.lines(ReferenceData.require(feed))) {
            return lines.filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")[0].trim())
                    .flatMap(value -> canonical(kind, value).stream())
                    .limit(3L * EACH).distinct().toList();
        }
    }

    private Optional<Key> canonical(Kind kind, String value) {
        try {
            return Optional.of(canonical.apply(new Key(kind, value)));
        } catch (RefusedValueException e) {
            return Optional.empty(); // a feed line that is no domain name: not telemetry either
        }
    }
}
