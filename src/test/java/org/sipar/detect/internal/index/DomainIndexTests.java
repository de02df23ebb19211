package org.sipar.detect.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sipar.support.stix.ReferenceData;

class DomainIndexTests {

    @Test
    void aNameMatchesItsExactEntriesAndTheWithSubdomainsEntriesOfItselfAndItsParents() {
        DomainIndex index = DomainIndex.builder().exact("evil.example", 1).withSubdomains("evil.example", 2)
                .exact("a.evil.example", 3).withSubdomains("com", 4).build();

        Map<String, Set<Integer>> expected = Map.of(
                "evil.example", Set.of(1, 2),
                "a.evil.example", Set.of(2, 3),
                "b.a.evil.example", Set.of(2),
                "notevil.example", Set.of(),
                "example", Set.of(),
                "x.y.com", Set.of(4));
        expected.forEach((name, ordinals) -> assertThat(lookup(index, name)).as(name).isEqualTo(ordinals));
    }

    @Test
    void realDomainsAgreeWithAHashMapOfExactAndWithSubdomainsEntries() throws IOException {
        List<String> domains = realDomains(50_000);
        Random random = new Random(3);
        Map<String, Set<Integer>> exact = new HashMap<>();
        Map<String, Set<Integer>> subtrees = new HashMap<>();
        DomainIndex.Builder builder = DomainIndex.builder();
        for (int ordinal = 0; ordinal < domains.size(); ordinal++) {
            String name = domains.get(ordinal);
            boolean withSubdomains = random.nextBoolean();
            (withSubdomains ? subtrees : exact).computeIfAbsent(name, n -> new TreeSet<>()).add(ordinal);
            if (withSubdomains) {
                builder.withSubdomains(name, ordinal);
            } else {
                builder.exact(name, ordinal);
            }
        }
        DomainIndex index = builder.build();
        List<String> queried = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String name = domains.get(random.nextInt(domains.size()));
            queried.add(i % 3 == 0 ? name : i % 3 == 1 ? "www" + i + "." + name : name.substring(name.indexOf('.') + 1));
        }
        Probes probes = new Probes();
        for (int owner = 0; owner < queried.size(); owner++) {
            index.probe(probes, owner, queried.get(owner));
        }
        Matches matches = new Matches();
        index.lookup(probes, matches);

        for (int owner = 0; owner < queried.size(); owner++) {
            String name = queried.get(owner);
            Set<Integer> expected = new TreeSet<>(exact.getOrDefault(name, Set.of()));
            for (String suffix = name; suffix != null; suffix = parent(suffix)) {
                expected.addAll(subtrees.getOrDefault(suffix, Set.of()));
            }
            assertThat(matches.of(owner)).as(name).isEqualTo(expected);
        }
        assertThat(matches.count()).isGreaterThan(5_000);
    }

    @Test
    void namesThatAreNotCanonicalAreRefused() {
        for (String name : List.of("", "Evil.example", "evil.example.", ".evil", "a..b", "ü.example", "a b")) {
            assertThatThrownBy(() -> DomainIndex.builder().exact(name, 1)).as(name).hasMessageContaining("\"" + name + "\"");
        }
        assertThatThrownBy(() -> DomainIndex.builder().build().probe(new Probes(), 0, "X.example"))
                .hasMessageContaining("not canonical");
    }

    static List<String> realDomains(int limit) throws IOException {
        try (var lines = Files.lines(ReferenceData.require("data/ioc/malicious-domains.txt"))) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(String::toLowerCase).filter(DomainIndexTests::canonical).distinct().limit(limit).toList();
        }
    }

    private static boolean canonical(String name) {
        try {
            DomainKeys.labels(name);
            return true;
        } catch (IllegalArgumentException notCanonical) {
            return false;
        }
    }

    private static String parent(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? null : name.substring(dot + 1);
    }

    private static Set<Integer> lookup(DomainIndex index, String name) {
        Probes probes = new Probes();
        index.probe(probes, 0, name);
        Matches matches = new Matches();
        index.lookup(probes, matches);
        return matches.of(0);
    }
}
