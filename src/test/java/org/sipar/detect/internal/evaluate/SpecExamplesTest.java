package org.sipar.detect.internal.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the STIX 2.1 specification's section 9 (9.9 and those in 9.5-9.7), each against observations it
 * must match and a near miss it must not. Left out: the three that compare {@code value = '198.51.100.1/32'},
 * which by the reference matcher compare strings and so match only a value written with its /32.
 */
class SpecExamplesTest {

    private static final String SHA = "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f";

    static Stream<Arguments> examples() {
        return Stream.of(
                example("[file:hashes.'SHA-256' = '" + SHA + "']",
                        List.of(one("{\"0\": {\"type\": \"file\", \"hashes\": {\"SHA-256\": \"" + SHA + "\"}}}")),
                        List.of(one("{\"0\": {\"type\": \"file\", \"hashes\": {\"SHA-256\": \"00" + SHA.substring(2)
                                + "\"}}}"))),
                example("[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND "
                                + "email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
                        List.of(one(mail("Final Report 2016.exe"))), List.of(one(mail("Final Report.pdf")))),
                example("[file:hashes.'SHA-256' = '" + SHA + "' AND file:mime_type = 'application/x-pdf']",
                        List.of(one(file("\"mime_type\": \"application/x-pdf\""))),
                        List.of(one(file("\"mime_type\": \"application/zip\"")))),
                example("[file:hashes.'SHA-256' = 'bf07a7fbb825fc0aae7bf4a1177b2b31fcf8a3feeaf7092761e18c859ee52a9c' OR "
                                + "file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:hashes.'SHA-256' = '" + SHA + "']",
                        List.of(one("{\"0\": {\"type\": \"file\", \"hashes\": {\"MD5\": \"cead3f77f6cda6ec00f57d76c9a6879f\"}}}"),
                                one(file("\"size\": 1"))),
                        List.of(one(file("\"size\": 1")))),
                example("([file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY "
                                + "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) WITHIN 300 SECONDS",
                        List.of(md5At(0), keyAt(299)), List.of(md5At(0), keyAt(301))),
                example(account("1007", "Peter") + " AND " + account("1008", "Paul") + " AND " + account("1009", "Mary"),
                        List.of(one(user("1007", "Peter")), one(user("1008", "Paul")), one(user("1009", "Mary"))),
                        List.of(one(user("1007", "Peter")), one(user("1008", "Paul")), one(user("1009", "Peter")))),
                example("[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND "
                                + "artifact:payload_bin MATCHES '\\\\xd4\\\\xc3\\\\xb2\\\\xa1\\\\x02\\\\x00\\\\x04\\\\x00']",
                        List.of(one(pcap("1MOyoQIABAA="))), List.of(one(pcap("oYLD1AIABAA=")))),
                example("[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\\\Windows\\\\System32']",
                        List.of(one(dll("C:\\\\Windows\\\\System32"))), List.of(one(dll("C:\\\\Windows\\\\Temp")))),
                example("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
                        List.of(one(sections(6.1, 7.2))), List.of(one(sections(6.1, 7.0)))),
                example("[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']",
                        List.of(one(bmp("ffd8"))), List.of(one(bmp("424d")))),
                example("[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com']"
                                + " REPEATS 5 TIMES WITHIN 1800 SECONDS",
                        List.of(trafficAt(0, 5)), List.of(trafficAt(0, 3), trafficAt(1900, 2))),
                example("[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']",
                        List.of(one(url("http://example.com/bar"))), List.of(one(url("http://example.com/baz")))),
                example("[x509-certificate:issuer = 'CN=WEBMAIL' AND "
                                + "x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']",
                        List.of(one(certificate("CN=WEBMAIL"))), List.of(one(certificate("CN=OTHER")))),
                example("[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']",
                        List.of(one(created("pdf.exe", "2014-01-13T07:03:17Z"))),
                        List.of(one(created("pdf.exe", "2014-01-13T07:03:18Z")))),
                example("[email-message:sender_ref.value = 'jdoe@example.com' AND email-message:subject = 'Conference Info']",
                        List.of(one(sender("Conference Info"))), List.of(one(sender("Conference")))),
                example("[x-usb-device:usbdrive.serial_number = '575833314133343231313937']",
                        List.of(one("{\"0\": {\"type\": \"x-usb-device\", \"usbdrive\": {\"serial_number\": "
                                + "\"575833314133343231313937\"}}}")),
                        List.of(one("{\"0\": {\"type\": \"x-usb-device\", \"serial_number\": \"575833314133343231313937\"}}"))),
                example("[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachine Root$'] FOLLOWEDBY "
                                + "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachineTrustedPublisher$']"
                                + " WITHIN 300 SECONDS",
                        List.of(commandAt(0, "Root"), commandAt(60, "TrustedPublisher")),
                        List.of(commandAt(60, "Root"), commandAt(0, "TrustedPublisher"))),
                example("[network-traffic:dst_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']",
                        List.of(one(v6Traffic("2001:db8:dead:beef::42"))), List.of(one(v6Traffic("2001:db8:dead:beee::42")))),
                example("([file:name = 'foo.dll'] AND [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) OR "
                                + "[process:name = 'fooproc' OR process:name = 'procfoo']",
                        List.of(one("{\"0\": {\"type\": \"process\", \"name\": \"procfoo\"}}")),
                        List.of(one(dll("C:\\\\Windows\\\\System32")))),
                example("[domain-name:value = 'example.com'] FOLLOWEDBY [file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']",
                        List.of(Fixtures.at("d", 0, "{\"0\": {\"type\": \"domain-name\", \"value\": \"example.com\"}}"), md5At(5)),
                        List.of(Fixtures.at("d", 10, "{\"0\": {\"type\": \"domain-name\", \"value\": \"example.com\"}}"), md5At(5))),
                example("[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] "
                                + "START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
                        List.of(Observation.at("m", java.time.Instant.parse("2016-06-15T00:00:00Z"), md5At(0).objects())),
                        List.of(Observation.at("m", java.time.Instant.parse("2016-07-01T00:00:00Z"), md5At(0).objects()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void matchesWhatTheExampleDescribesAndNotItsNearMiss(String pattern, List<Observation> matching,
            List<Observation> nearMiss) {
        CompiledPattern compiled = PatternEvaluator.compile(pattern);

        assertThat(compiled.match(matching).matched()).as("matching").isTrue();
        assertThat(compiled.match(nearMiss).matched()).as("near miss").isFalse();
    }

    private static Arguments example(String pattern, List<Observation> matching, List<Observation> nearMiss) {
        return Arguments.of(pattern, matching, nearMiss);
    }

    private static Observation one(String objects) {
        return Fixtures.at("observed-data--" + Integer.toHexString(objects.hashCode()), 0, objects);
    }

    private static String mail(String attachment) {
        return "{\"0\": {\"type\": \"email-message\", \"from_ref\": \"1\", \"body_multipart\": [{\"body\": \"hi\"}, "
                + "{\"body_raw_ref\": \"2\"}]}, \"1\": {\"type\": \"email-addr\", \"value\": \"mallory@example.com\"}, "
                + "\"2\": {\"type\": \"file\", \"name\": \"" + attachment + "\"}}";
    }

    private static String file(String more) {
        return "{\"0\": {\"type\": \"file\", \"hashes\": {\"SHA-256\": \"" + SHA + "\"}, " + more + "}}";
    }

    private static Observation md5At(long seconds) {
        return Fixtures.at("md5-" + seconds, seconds,
                "{\"0\": {\"type\": \"file\", \"hashes\": {\"MD5\": \"79054025255fb1a26e4bc422aef54eb4\"}}}");
    }

    private static Observation keyAt(long seconds) {
        return Fixtures.at("key-" + seconds, seconds,
                "{\"0\": {\"type\": \"windows-registry-key\", \"key\": \"HKEY_LOCAL_MACHINE\\\\foo\\\\bar\"}}");
    }

    private static String account(String id, String login) {
        return "[user-account:account_type = 'unix' AND user-account:user_id = '" + id
                + "' AND user-account:account_login = '" + login + "']";
    }

    private static String user(String id, String login) {
        return "{\"0\": {\"type\": \"user-account\", \"account_type\": \"unix\", \"user_id\": \"" + id
                + "\", \"account_login\": \"" + login + "\"}}";
    }

    private static String pcap(String payload) {
        return "{\"0\": {\"type\": \"artifact\", \"mime_type\": \"application/vnd.tcpdump.pcap\", \"payload_bin\": \""
                + payload + "\"}}";
    }

    private static String dll(String directory) {
        return "{\"0\": {\"type\": \"file\", \"name\": \"foo.dll\", \"parent_directory_ref\": \"1\"}, "
                + "\"1\": {\"type\": \"directory\", \"path\": \"" + directory + "\"}}";
    }

    private static String sections(double first, double second) {
        return "{\"0\": {\"type\": \"file\", \"extensions\": {\"windows-pebinary-ext\": {\"sections\": "
                + "[{\"entropy\": " + first + "}, {\"entropy\": " + second + "}]}}}}";
    }

    private static String bmp(String magic) {
        return "{\"0\": {\"type\": \"file\", \"mime_type\": \"image/bmp\", \"magic_number_hex\": \"" + magic + "\"}}";
    }

    private static Observation trafficAt(long seconds, int count) {
        return Fixtures.seen("traffic-" + seconds, seconds, seconds + 60, count,
                "{\"0\": {\"type\": \"network-traffic\", \"dst_ref\": \"1\"}, "
                        + "\"1\": {\"type\": \"domain-name\", \"value\": \"example.com\"}}");
    }

    private static String url(String value) {
        return "{\"0\": {\"type\": \"url\", \"value\": \"" + value + "\"}}";
    }

    private static String certificate(String issuer) {
        return "{\"0\": {\"type\": \"x509-certificate\", \"issuer\": \"" + issuer + "\", "
                + "\"serial_number\": \"4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28\"}}";
    }

    private static String created(String name, String created) {
        return "{\"0\": {\"type\": \"file\", \"name\": \"" + name + "\", \"size\": 371712, \"created\": \""
                + created + "\"}}";
    }

    private static String sender(String subject) {
        return "{\"0\": {\"type\": \"email-message\", \"sender_ref\": \"1\", \"subject\": \"" + subject + "\"}, "
                + "\"1\": {\"type\": \"email-addr\", \"value\": \"jdoe@example.com\"}}";
    }

    private static Observation commandAt(long seconds, String store) {
        return Fixtures.at("process-" + seconds, seconds, "{\"0\": {\"type\": \"process\", \"command_line\": "
                + "\"C:\\\\certutil.exe>-add GlobalSign.cer -c -s -r localMachine" + ("Root".equals(store) ? " " : "")
                + store + "\"}}");
    }

    private static String v6Traffic(String address) {
        return "{\"0\": {\"type\": \"network-traffic\", \"dst_ref\": \"1\"}, "
                + "\"1\": {\"type\": \"ipv6-addr\", \"value\": \"" + address + "\"}}";
    }
}
