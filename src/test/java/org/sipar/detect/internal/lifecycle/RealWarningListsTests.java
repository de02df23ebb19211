package org.sipar.detect.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sipar.support.stix.ReferenceData;

/** The lookup over MISP's real warning lists (../shared/data/misp-warninglists/lists): each hit checked against the file's own entries. */
class RealWarningListsTests {

    private static Map<String, WarningList> files;
    private static WarningLists lists;

    @BeforeAll
    static void load() {
        Path folder = ReferenceData.require("data/misp-warninglists/lists");
        List<WarningList> read = WarningListFiles.readAll(folder);
        files = read.stream().collect(Collectors.toMap(WarningList::name, Function.identity()));
        lists = WarningLists.of(read);
    }

    private static List<WarningHit> check(ValueKind kind, String value) {
        List<WarningHit> hits = lists.check(CanonicalValues.of(kind, value));
        hits.forEach(hit -> {
            WarningList file = files.get(hit.list());
            assertThat(file.entries()).as("the file of %s has the entry it matched", hit.list())
                    .anyMatch(entry -> asTheTableReadsIt(file.type(), entry).equals(hit.entry()));
        });
        return hits;
    }

    /** The entry as written in the file, in the form a hit reports it: ranges and names canonical, strings lowercase. */
    private static String asTheTableReadsIt(WarningListType type, String entry) {
        try {
            return switch (type) {
                case CIDR -> entry.contains("/") ? CanonicalValues.of(ValueKind.CIDR, entry).text() : fullLength(CanonicalValues.address(entry));
                case HOSTNAME -> CanonicalValues.of(ValueKind.DOMAIN_NAME, entry).text();
                default -> entry.toLowerCase(Locale.ROOT);
            };
        } catch (RefusedValueException e) {
            return entry;
        }
    }

    private static String fullLength(CanonicalValue address) {
        return address.text() + (address.kind() == ValueKind.IPV4 ? "/32" : "/128");
    }

    @Test
    void readsAllTwentyThreeLists() {
        assertThat(lists.names()).hasSize(23).contains("List of RFC 1918 CIDR blocks", "Top 10K most-used sites from Tranco");
    }

    @Test
    void googlesResolverIsAPublicDnsResolver() {
        assertThat(check(ValueKind.IPV4, "8.8.8.8")).containsExactly(new WarningHit("List of known IPv4 public DNS resolvers", "8.8.8.8/32"));
        assertThat(check(ValueKind.IPV6, "2001:4860:4860:0:0:0:0:8888"))
                .containsExactly(new WarningHit("List of known IPv6 public DNS resolvers", "2001:4860:4860::8888/128"));
    }

    @Test
    void privateAddressesAreOnRfc1918AndRfc5735() {
        assertThat(check(ValueKind.IPV4, "10.1.2.3")).containsExactly(
                new WarningHit("List of RFC 1918 CIDR blocks", "10.0.0.0/8"), new WarningHit("List of RFC 5735 CIDR blocks", "10.0.0.0/8"));
        assertThat(check(ValueKind.CIDR, "192.168.7.0/24")).extracting(WarningHit::entry).containsOnly("192.168.0.0/16");
        assertThat(check(ValueKind.CIDR, "10.0.0.0/7")).as("wider than any listed range").isEmpty();
        assertThat(check(ValueKind.IPV4, "172.32.0.1")).as("just past 172.16.0.0/12").isEmpty();
    }

    @Test
    void documentationAndLinkLocalRanges() {
        assertThat(check(ValueKind.IPV4, "203.0.113.5")).containsExactly(new WarningHit("List of RFC 5735 CIDR blocks", "203.0.113.0/24"));
        assertThat(check(ValueKind.IPV6, "2001:db8:1::5")).containsExactly(new WarningHit("List of RFC 3849 CIDR blocks", "2001:db8::/32"));
        assertThat(check(ValueKind.IPV6, "FE80::1")).containsExactly(new WarningHit("List of IPv6 link local blocks", "fe80::/10"));
        assertThat(check(ValueKind.IPV6, "::ffff:10.0.0.1")).as("an IPv4-mapped address is its IPv4 host")
                .extracting(WarningHit::list).contains("List of RFC 1918 CIDR blocks");
    }

    @Test
    void topDomainsCoverTheirSubdomains() {
        assertThat(check(ValueKind.DOMAIN_NAME, "Mail.Google.COM.")).extracting(WarningHit::list)
                .contains("Top 10K most-used sites from Tranco", "Top 1000 website from Alexa");
        assertThat(check(ValueKind.DOMAIN_NAME, "mail.google.com")).extracting(WarningHit::entry).containsOnly("google.com");
        assertThat(check(ValueKind.DOMAIN_NAME, "google.com.evil-example.xyz")).extracting(WarningHit::entry).doesNotContain("google.com");
    }

    @Test
    void exampleComIsAnRfc6761NameAndOnlyItselfThere() {
        assertThat(check(ValueKind.DOMAIN_NAME, "example.com")).extracting(WarningHit::list).contains("List of RFC 6761 Special-Use Domain Names");
        assertThat(check(ValueKind.DOMAIN_NAME, "www.example.com")).extracting(WarningHit::list)
                .as("rfc6761 is a string list: exact names only").doesNotContain("List of RFC 6761 Special-Use Domain Names");
    }

    @Test
    void urlsAreCheckedByTheirHost() {
        assertThat(check(ValueKind.URL, "https://BIT.LY/3xYz")).extracting(WarningHit::list).contains("List of known URL Shorteners domains");
        assertThat(check(ValueKind.URL, "http://10.0.0.5:8080/x")).as("no cidr list names url attributes").isEmpty();
    }

    @Test
    void theEmptyFileHashesAreOnTheEmptyHashList() {
        String empty = "List of known hashes for empty files";
        assertThat(check(ValueKind.SHA_256, "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")).extracting(WarningHit::list).contains(empty);
        assertThat(check(ValueKind.MD5, "d41d8cd98f00b204e9800998ecf8427e")).extracting(WarningHit::list).contains(empty);
        assertThat(check(ValueKind.SHA_1, "da39a3ee5e6b4b0d3255bfef95601890afd80709")).extracting(WarningHit::list).contains(empty);
        assertThat(check(ValueKind.SHA_256, "0".repeat(64))).isEmpty();
    }

    @Test
    void disposableMailDomainsAreFoundAsSubstrings() {
        assertThat(check(ValueKind.EMAIL, "Someone@Mailinator.com")).extracting(WarningHit::list).contains("List of disposable email domains");
        assertThat(files.get("List of disposable email domains").matchingAttributes()).contains("domain|ip").doesNotContain("url");
        assertThat(check(ValueKind.DOMAIN_NAME, "mailinator.com")).extracting(WarningHit::list).contains("List of disposable email domains");
        assertThat(check(ValueKind.URL, "http://mailinator.com/")).extracting(WarningHit::list)
                .as("the list names no url attribute").doesNotContain("List of disposable email domains");
    }

    @Test
    void tldEntriesAreReadInCanonicalCase() {
        assertThat(files.get("TLDs as known by IANA").entries()).contains("COM");
        assertThat(check(ValueKind.DOMAIN_NAME, "com")).extracting(WarningHit::list).contains("TLDs as known by IANA");
    }

    @Test
    void everyAddressAndHostnameEntryFindsItsOwnList() {
        for (WarningList list : files.values()) {
            if (list.type() != WarningListType.CIDR && list.type() != WarningListType.HOSTNAME) {
                continue;
            }
            for (String entry : list.entries()) {
                CanonicalValue value = list.type() == WarningListType.HOSTNAME ? CanonicalValues.of(ValueKind.DOMAIN_NAME, entry)
                        : entry.contains("/") ? CanonicalValues.of(ValueKind.CIDR, entry) : CanonicalValues.address(entry);
                assertThat(lists.check(value)).as(entry).extracting(WarningHit::list).contains(list.name());
            }
        }
    }

    @Test
    void onlyEntriesOfKindsSiparDoesNotMatchAreSkipped() {
        assertThat(lists.skipped()).extracting(SkippedEntry::entry)
                .allMatch(entry -> entry.equals("3::") || entry.length() == 56, "ssdeep or sha224");
        assertThat(lists.skipped()).extracting(SkippedEntry::reason).allMatch(reason -> reason.toLowerCase(Locale.ROOT).contains("kind"));
    }
}
