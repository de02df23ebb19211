package org.sipar.detect.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Bytes per indicator for one million synthetic entries of each kind, against the issue's goal: at most 1.5 times
 * the raw key bytes plus 16 bytes per indicator. Figures are printed for the notes; the bounds are asserted.
 */
class MemoryTests {

    private static final int ENTRIES = 1_000_000;

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void eachExactKindStaysWithinTheGoal(KeyKind kind) throws IOException {
        List<String> domains = kind.isString() ? DomainIndexTests.realDomains(Integer.MAX_VALUE) : List.of();
        SplittableRandom random = new SplittableRandom(kind.ordinal());
        ExactIndex.Builder builder = ExactIndex.builder();
        long raw = 0;
        for (int ordinal = 0; ordinal < ENTRIES; ordinal++) {
            raw += addOne(builder, kind, random, domains, ordinal);
        }
        ExactIndex index = builder.build();

        assertWithinGoal(kind.name(), index.bytes(), raw);
        assertThat(index.entries()).isEqualTo(ENTRIES);
    }

    @Test
    void cidrRangesStayWithinTheGoal() {
        SplittableRandom random = new SplittableRandom(4);
        CidrIndex.Builder builder = CidrIndex.builder();
        for (int ordinal = 0; ordinal < ENTRIES; ordinal++) {
            builder.ipv4(random.nextInt(), 8 + random.nextInt(25), ordinal);
        }
        // raw: 4 address bytes and 1 prefix-length byte per range
        assertWithinGoal("CIDR v4", builder.build().bytes(), 5L * ENTRIES);
    }

    @Test
    void domainsWithAndWithoutSubdomainsStayWithinTheGoal() throws IOException {
        List<String> domains = DomainIndexTests.realDomains(Integer.MAX_VALUE);
        DomainIndex.Builder builder = DomainIndex.builder();
        long raw = 0;
        for (int ordinal = 0; ordinal < ENTRIES; ordinal++) {
            String name = syntheticDomain(domains, ordinal);
            raw += name.length();
            if (ordinal % 2 == 0) {
                builder.exact(name, ordinal);
            } else {
                builder.withSubdomains(name, ordinal);
            }
        }
        assertWithinGoal("domains", builder.build().bytes(), raw);
    }

    private static long addOne(ExactIndex.Builder builder, KeyKind kind, SplittableRandom random, List<String> domains, int ordinal) {
        switch (kind) {
            case IPV4 -> builder.ipv4(random.nextInt(), ordinal);
            case IPV6 -> builder.ipv6(random.nextLong(), random.nextLong(), ordinal);
            case MD5, SHA1, SHA256, SHA512 -> builder.hash(kind, randomBytes(random, kind.length()), ordinal);
            default -> {
                String value = kind == KeyKind.URL ? "http://" + syntheticDomain(domains, ordinal) + "/"
                        : kind == KeyKind.EMAIL ? "user" + ordinal % 97 + "@" + syntheticDomain(domains, ordinal)
                        : syntheticDomain(domains, ordinal);
                builder.string(kind, value, ordinal);
                return value.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return kind.length();
    }

    /** The real names first, then made distinct by a numbered label: lengths stay those of real names. */
    private static String syntheticDomain(List<String> domains, int ordinal) {
        String name = domains.get(ordinal % domains.size());
        return ordinal < domains.size() ? name : "w" + ordinal / domains.size() + "." + name;
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void assertWithinGoal(String what, long bytes, long rawKeyBytes) {
        double perEntry = (double) bytes / ENTRIES;
        double rawPerEntry = (double) rawKeyBytes / ENTRIES;
        double goal = 1.5 * rawPerEntry + 16;
        System.out.printf("memory %-8s %6.1f bytes/indicator, raw key %5.1f, goal %6.1f%n", what, perEntry, rawPerEntry, goal);
        assertThat(perEntry).as("%s bytes per indicator (raw key %.1f)", what, rawPerEntry).isLessThanOrEqualTo(goal);
    }
}
