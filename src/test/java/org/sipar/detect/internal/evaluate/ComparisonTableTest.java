package org.sipar.detect.internal.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every comparison operator, path form and type pairing, one pattern a row, against one observation holding a
 * file, a directory, addresses, network traffic, a domain, an artifact, an e-mail and a test object (the reference
 * matcher's {@code test_basic_ops} values). Rows whose expectation differs from a naive reading say why.
 */
class ComparisonTableTest {

    private static final Observation OBSERVATION = Fixtures.at("observed-data--1", 0, """
            {"0": {"type": "file", "name": "report.pdf.exe", "size": 371712, "mime_type": "application/x-pdf",
                   "hashes": {"SHA-256": "AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F",
                              "MD5": "79054025255fb1a26e4bc422aef54eb4"},
                   "magic_number_hex": "ffd8", "created": "2014-01-13T07:03:17Z", "parent_directory_ref": "1",
                   "extensions": {"windows-pebinary-ext": {"sections": [{"name": ".text", "entropy": 6.2},
                                                                        {"name": ".rsrc", "entropy": 7.4}]}}},
             "1": {"type": "directory", "path": "C:\\\\Windows\\\\System32"},
             "2": {"type": "ipv4-addr", "value": "198.51.100.7"},
             "3": {"type": "ipv6-addr", "value": "2001:db8:dead:beef::1"},
             "4": {"type": "network-traffic", "src_ref": "2", "dst_ref": "3", "dst_port": 443,
                   "protocols": ["ipv4", "tcp", "tls"]},
             "5": {"type": "domain-name", "value": "www.5z8.info", "resolves_to_refs": ["9", "2"]},
             "6": {"type": "artifact", "mime_type": "application/vnd.tcpdump.pcap", "payload_bin": "1MOyoQIABAA="},
             "7": {"type": "email-message", "from_ref": "8", "subject": "Conference Info",
                   "body_multipart": [{"body_raw_ref": "0"}]},
             "8": {"type": "email-addr", "value": "jdoe@example.com"},
             "10": {"type": "x-test", "int": 5, "float": 12.658, "float_int": 12.0, "bool": true, "string": "hello",
                    "cidr": "11.22.33.44/20", "big": 12345678901234567890, "decomposed": "cafe\\u0301"},
             "11": {"type": "file", "name": "a.txt", "size": 1}}
            """);

    static Stream<Arguments> rows() {
        return Stream.of(
                // = and != with every type pairing; a mismatch is unequal, so != holds
                row("[file:name = 'report.pdf.exe']", true),
                row("[file:name = 'report.pdf']", false),
                row("[file:name != 'report.pdf']", true),
                row("[file:name NOT = 'report.pdf.exe']", true), // the other file, a.txt
                row("[file:name NOT IN ('report.pdf.exe', 'a.txt')]", false),
                row("[file:name NOT != 'report.pdf.exe']", true),
                row("[file:size = 371712]", true),
                row("[file:size = 371712.0]", true),
                row("[file:size = '371712']", false),
                row("[file:size != '371712']", true),
                row("[x-test:float_int = 12]", true),
                row("[x-test:bool = true]", true),
                row("[x-test:bool = 1]", false),
                row("[x-test:int = true]", false),
                row("[x-test:int != true]", true),
                row("[x-test:big > 1]", true),
                // orderings; a mismatch fails every ordering, and NOT turns that round
                row("[file:size > 1024]", true),
                row("[file:size < 1]", false),
                row("[file:size NOT > 0]", false),
                row("[file:size >= 371712]", true),
                row("[file:size <= 0]", false),
                row("[x-test:float > 12.65799]", true),
                row("[x-test:float < 12]", false),
                row("[x-test:string > 'alice']", true),
                row("[x-test:string < 'alice']", false),
                row("[x-test:string >= 'hello']", true),
                row("[x-test:string > 5]", false),
                row("[x-test:string NOT > 5]", true),
                row("[x-test:int < b'AQIDBA==']", false),
                // timestamps compared with timestamp strings; a string that is none compares unequal
                row("[file:created = t'2014-01-13T07:03:17Z']", true),
                row("[file:created = t'2014-01-13T07:03:17.000Z']", true),
                row("[file:created > t'2014-01-01T00:00:00Z']", true),
                row("[file:created < t'2014-01-01T00:00:00Z']", false),
                row("[file:name = t'2014-01-13T07:03:17Z']", false),
                // IN
                row("[file:size IN (1, 371712, 3)]", true),
                row("[file:size IN (1.5, 371712.0)]", true),
                row("[file:name IN ('a', 'report.pdf.exe')]", true),
                row("[file:name NOT IN ('a', 'b')]", true),
                row("[file:name IN ()]", false),
                row("[file:name NOT IN ()]", true),
                row("[x-test:string IN (1, 2, 3)]", false),
                row("[x-test:bool IN (false, true)]", true),
                // LIKE: SQL wildcards over the whole value, everything else literal
                row("[file:name LIKE 'report%']", true),
                row("[file:name LIKE '%.exe']", true),
                row("[file:name LIKE 'report.pdf.ex_']", true),
                row("[file:name LIKE 'report_pdf_exe']", true),
                row("[file:name LIKE 'report']", false),
                row("[file:name LIKE 'r.port%']", false),
                row("[directory:path LIKE 'C:\\\\Windows\\\\%']", true),
                row("[x-test:int LIKE '5']", false),
                row("[x-test:int NOT LIKE 'he%']", true),
                row("[x-test:decomposed LIKE 'caf_']", true),
                // MATCHES: a search anywhere in the value, binary values byte for byte, Unicode in NFC
                row("[file:name MATCHES '\\\\.exe$']", true),
                row("[file:name MATCHES '^report']", true),
                row("[file:name MATCHES 'pdf']", true),
                row("[file:name MATCHES '^pdf']", false),
                row("[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$']", true),
                row("[artifact:payload_bin MATCHES '\\\\xd4\\\\xc3\\\\xb2\\\\xa1\\\\x02\\\\x00\\\\x04\\\\x00']", true),
                row("[artifact:payload_bin MATCHES '^\\\\xd5']", false),
                row("[x-test:int MATCHES '5']", false),
                row("[x-test:int NOT MATCHES 'l+']", true),
                row("[x-test:string MATCHES '^[[:alpha:]]+$']", true),
                row("[x-test:decomposed MATCHES '^caf\u00e9$']", true),
                // ISSUBSET and ISSUPERSET, IPv4 and IPv6, never across families
                row("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", true),
                row("[ipv4-addr:value ISSUBSET '198.51.101.0/24']", false),
                row("[ipv4-addr:value NOT ISSUBSET '203.0.113.0/24']", true),
                row("[ipv4-addr:value ISSUBSET '0.0.0.0/0']", true),
                row("[ipv4-addr:value ISSUBSET '::/0']", false),
                row("[ipv6-addr:value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']", true),
                row("[ipv6-addr:value ISSUBSET '2001:db8:dead:bef0::/64']", false),
                row("[x-test:cidr ISSUPERSET '11.22.41.123']", true),
                row("[x-test:cidr ISSUPERSET '11.22.41.123/29']", true),
                row("[x-test:cidr ISSUPERSET '11.22.33.44/13']", false),
                row("[x-test:int ISSUBSET '11.22.33.44/32']", false),
                row("[x-test:int NOT ISSUBSET '11.22.33.44/32']", true),
                // EXISTS
                row("[EXISTS file:hashes.MD5]", true),
                row("[EXISTS file:hashes.'SHA-512']", false),
                row("[EXISTS network-traffic:src_ref.value]", true),
                // hashes: keys as producers write them, hex digits in either case
                row("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']", true),
                row("[file:hashes.sha256 = 'AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F']", true),
                row("[file:hashes.MD5 IN ('79054025255FB1A26E4BC422AEF54EB4')]", true),
                row("[file:hashes.MD5 = '00000000000000000000000000000000']", false),
                // binary and hex constants against *_hex and *_bin properties and against strings
                row("[file:magic_number_hex = h'ffd8']", true),
                row("[file:magic_number_hex = h'ffd9']", false),
                row("[file:magic_number_hex > h'ff']", true),
                row("[artifact:payload_bin = b'1MOyoQIABAA=']", true),
                row("[x-test:string = h'68656c6c6f']", true),
                // references and list indexes
                row("[network-traffic:dst_ref.value ISSUBSET '2001:db8::/32']", true),
                row("[network-traffic:src_ref.type = 'ipv4-addr' AND network-traffic:src_ref.value = '198.51.100.7']",
                        true),
                row("[domain-name:resolves_to_refs[*].value = '198.51.100.7']", true),
                row("[domain-name:resolves_to_refs[0].value = '198.51.100.7']", true), // '9' does not resolve
                row("[domain-name:resolves_to_refs[1].value = '198.51.100.7']", false),
                row("[network-traffic:protocols[*] = 'tls']", true),
                row("[network-traffic:protocols[0] = 'tls']", false),
                row("[network-traffic:protocols[5] = 'tls']", false),
                row("[network-traffic:protocols = 'tls']", false),
                row("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]", true),
                row("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 8.0]", false),
                row("[email-message:body_multipart[*].body_raw_ref.name MATCHES '^report']", true),
                row("[file:parent_directory_ref.path = 'C:\\\\Windows\\\\System32']", true),
                row("[file:name.first = 'x']", false),
                // AND holds for one and the same root object; OR for either
                row("[file:name = 'report.pdf.exe' AND file:size = 371712]", true),
                row("[file:name = 'report.pdf.exe' AND file:size = 1]", false),
                row("[file:name = 'a.txt' AND file:size = 1]", true),
                row("[file:name = 'nope' OR file:size = 371712]", true),
                row("[file:name = 'report.pdf.exe' AND ipv4-addr:value = '198.51.100.7']", false),
                row("[file:name = 'report.pdf.exe' OR ipv4-addr:value = '10.0.0.1']", true),
                row("[(file:name = 'x' OR file:size = 371712) AND file:mime_type = 'application/x-pdf']", true),
                row("[file:name = 'x' OR file:size = 1 AND file:name = 'a.txt']", true),
                // a missing property or object has no value to satisfy even != or NOT
                row("[file:missing != 'x']", false),
                row("[file:missing NOT = 'x']", false),
                row("[process:name != 'x']", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rows")
    void evaluatesEachComparisonAsTheReferenceMatcherDoes(String pattern, boolean expected) {
        Match match = PatternEvaluator.compile(pattern).match(List.of(OBSERVATION));

        assertThat(match.matched()).as(pattern).isEqualTo(expected);
        assertThat(match.observations()).isEqualTo(expected ? List.of(OBSERVATION) : List.of());
    }

    private static Arguments row(String pattern, boolean expected) {
        return Arguments.of(pattern, expected);
    }
}
