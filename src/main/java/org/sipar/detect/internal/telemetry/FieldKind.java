package org.sipar.detect.internal.telemetry;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a mapped field holds, by the name a mapping gives it, and how its value becomes an observable. An address
 * field yields {@code ipv4-addr} or {@code ipv6-addr} whichever the value is, so both names mean the same here.
 */
public enum FieldKind {

    ADDRESS("ip", Values::address),
    IPV4_ADDR("ipv4-addr", Values::address),
    IPV6_ADDR("ipv6-addr", Values::address),
    DOMAIN_NAME("domain-name", value -> ofValue(Observable.DOMAIN, Values.domain(value))),
    /** A name or an address, as HTTP's Host header and TLS's server name may be, with an optional port. */
    HOST("host", Values::host),
    URL("url", value -> ofValue(Observable.URL, Values.url(value))),
    EMAIL_ADDR("email-addr", value -> ofValue(Observable.EMAIL, Values.email(value))),
    /** DNS answers: the addresses among them; the names and texts of other records are not a fault, only not taken. */
    DNS_ANSWER("dns-answer", Values::address),
    MD5("file:MD5", value -> hash("MD5", value, 32)),
    SHA1("file:SHA-1", value -> hash("SHA-1", value, 40)),
    SHA256("file:SHA-256", value -> hash("SHA-256", value, 64)),
    SHA512("file:SHA-512", value -> hash("SHA-512", value, 128));

    private final String label;
    private final Function<String, Observable> reader;

    FieldKind(String label, Function<String, Observable> reader) {
        this.label = label;
        this.reader = reader;
    }

    /** The name a mapping uses: {@code ip}, {@code ipv4-addr}, {@code domain-name}, {@code file:SHA-256} ... */
    public String label() {
        return label;
    }

    /** The kind a mapping names (case-insensitive; {@code file:sha256} is {@code file:SHA-256}); refuses an unknown one, naming it. */
    public static FieldKind of(String label) {
        String wanted = label == null ? "" : label.strip().toUpperCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values()).filter(kind -> kind.label.toUpperCase(Locale.ROOT).replace("-", "").equals(wanted))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown observable type '" + label + "' (known: "
                        + Arrays.stream(values()).map(FieldKind::label).collect(Collectors.joining(", ")) + ")"));
    }

    /** The observable in this value, or null when the value is not valid for the kind. */
    Observable read(String value) {
        return reader.apply(value);
    }

    /** Whether a value this kind cannot read is a fault worth counting (a DNS answer that is a name is not). */
    boolean countsRefusals() {
        return this != DNS_ANSWER;
    }

    private static Observable ofValue(String type, String value) {
        return value == null ? null : Observable.of(type, value);
    }

    private static Observable hash(String algorithm, String value, int hexDigits) {
        return Values.isHex(value, hexDigits) ? Observable.fileHash(algorithm, value) : null;
    }
}
