package org.sipar.detect.internal.telemetry;

/** The mappings of the log formats Sipar knows without being told: Elastic Common Schema, Suricata EVE and Zeek. */
public final class Presets {

    /** Elastic Common Schema (ECS 8): endpoints' addresses and names, URLs, DNS questions, mail addresses, file hashes, {@code @timestamp}. */
    public static final Mapping ECS = Mapping.builder()
            .field("source.ip", "ip").field("destination.ip", "ip").field("client.ip", "ip").field("server.ip", "ip")
            .field("source.domain", "domain-name").field("destination.domain", "domain-name")
            .field("client.domain", "domain-name").field("server.domain", "domain-name")
            .field("url.full", "url").field("url.original", "url").field("url.domain", "host")
            .field("dns.question.name", "domain-name").field("dns.resolved_ip", "ip")
            .field("email.from.address", "email-addr").field("email.to.address", "email-addr")
            .field("file.hash.md5", "file:MD5").field("file.hash.sha1", "file:SHA-1")
            .field("file.hash.sha256", "file:SHA-256").field("file.hash.sha512", "file:SHA-512")
            .time("@timestamp", TimeFormat.ISO_8601)
            .build();

    /**
     * Suricata EVE, every event type: flow addresses, DNS names (EVE 1's {@code dns.rrname}, EVE 2's
     * {@code dns.queries[].rrname}) and answered addresses, HTTP host and URL, TLS SNI, file hashes, SMTP and
     * e-mail addresses, {@code timestamp}.
     */
    public static final Mapping SURICATA_EVE = Mapping.builder()
            .field("src_ip", "ip").field("dest_ip", "ip")
            .field("dns.rrname", "domain-name").field("dns.queries[].rrname", "domain-name")
            .field("dns.answers[].rdata", "dns-answer")
            .field("http.hostname", "host").url("http.hostname", "http.url")
            .field("tls.sni", "host")
            .field("fileinfo.md5", "file:MD5").field("fileinfo.sha1", "file:SHA-1").field("fileinfo.sha256", "file:SHA-256")
            .field("smtp.mail_from", "email-addr").field("smtp.rcpt_to", "email-addr")
            .field("email.from", "email-addr").field("email.to", "email-addr").field("email.cc", "email-addr")
            .time("timestamp", TimeFormat.ISO_8601)
            .build();

    /**
     * Zeek, one mapping for every log since its field names do not clash: conn's and every log's
     * {@code id.orig_h}/{@code id.resp_h}, dns's {@code query} and the addresses among its {@code answers},
     * http's {@code host} and {@code host}+{@code uri} as a URL, ssl's {@code server_name}, files' hashes and
     * {@code tx_hosts}/{@code rx_hosts}, smtp's {@code mailfrom}/{@code rcptto}; {@code ts} in epoch seconds or ISO 8601.
     */
    public static final Mapping ZEEK = Mapping.builder()
            .field("id.orig_h", "ip").field("id.resp_h", "ip")
            .field("query", "domain-name").field("answers", "dns-answer")
            .field("host", "host").url("host", "uri")
            .field("server_name", "host")
            .field("md5", "file:MD5").field("sha1", "file:SHA-1").field("sha256", "file:SHA-256")
            .field("tx_hosts", "ip").field("rx_hosts", "ip")
            .field("mailfrom", "email-addr").field("rcptto", "email-addr")
            .time("ts", TimeFormat.AUTO)
            .build();

    private Presets() {
    }
}
