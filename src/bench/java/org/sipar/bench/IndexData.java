package org.sipar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Data for {@link IndexBenchmarks}: the real IPv4 addresses and domains of {@code shared/data/ioc} when the folder
 * is given and present (else none: synthetic data fills up), and synthetic values that are made again from their
 * number rather than kept, so that ten million of them cost no memory beside the index.
 */
final class IndexData {

    private IndexData() {
    }

    static int[] realIpv4(Path iocFolder) {
        return lines(iocFolder.resolve("ipsum.txt"))
                .map(line -> line.split("\\s+")[0]).mapToInt(IndexData::parseIpv4).toArray();
    }

    static List<String> realDomains(Path iocFolder) {
        List<String> real = lines(iocFolder.resolve("malicious-domains.txt")).map(String::toLowerCase)
                .filter(IndexData::plainDomain).distinct().toList();
        return real.isEmpty() ? List.of("example.com", "example.net", "example.org") : real;
    }

    /** The n-th of a million or more names: the real ones, then each again under a numbered label. */
    static String domain(List<String> real, int n) {
        String name = real.get(n % real.size());
        return n < real.size() ? name : "w" + n / real.size() + "." + name;
    }

    /** The n-th synthetic SHA-256: the same bytes for the same n on every call. */
    static byte[] sha256(long n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        byte[] digest = new byte[32];
        random.nextBytes(digest);
        return digest;
    }

    static long firstLong(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    private static Stream<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            System.err.println("IndexBenchmarks: " + file + " is absent; synthetic data only");
            return Stream.empty();
        }
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int parseIpv4(String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a dotted IPv4 address: \"" + dotted + "\"");
        }
        int address = 0;
        for (String part : parts) {
            address = (address << 8) | Integer.parseInt(part);
        }
        return address;
    }

    private static boolean plainDomain(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c == '.' || c == '-' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                && !name.startsWith(".") && !name.endsWith(".") && !name.contains("..");
    }
}
