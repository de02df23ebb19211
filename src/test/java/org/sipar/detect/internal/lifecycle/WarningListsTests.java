package org.sipar.detect.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matching semantics of each list type on small lists, and the file reader's refusals. */
class WarningListsTests {

    private static WarningList list(String name, WarningListType type, List<String> entries, String... attributes) {
        return new WarningList(name, 1, "test list " + name, type, entries, Set.of(attributes));
    }

    private static CanonicalValue value(ValueKind kind, String text) {
        return CanonicalValues.of(kind, text);
    }

    @Test
    void regexEntriesAreReadWithTheirPcreDelimitersAndFlags() {
        WarningLists lists = WarningLists.of(List.of(list("lab", WarningListType.REGEX, List.of("/\\.LAB\\.example$/i", "#^ftp://#"))));
        assertThat(lists.check(value(ValueKind.DOMAIN_NAME, "host.lab.example"))).containsExactly(new WarningHit("lab", "/\\.LAB\\.example$/i"));
        assertThat(lists.check(value(ValueKind.URL, "ftp://files.example/x"))).containsExactly(new WarningHit("lab", "#^ftp://#"));
        assertThat(lists.check(value(ValueKind.DOMAIN_NAME, "lab.example.org"))).isEmpty();
    }

    @Test
    void aRegexWithAnUnknownFlagIsSkippedWithItsReason() {
        WarningLists lists = WarningLists.of(List.of(list("bad", WarningListType.REGEX, List.of("/x/q", "/unclosed"))));
        assertThat(lists.skipped()).extracting(SkippedEntry::reason)
                .containsExactly("the pattern flag q is not one of i, m, s, x, u", "the pattern opens with the delimiter / but never closes it");
    }

    @Test
    void listsAreConsultedOnlyForTheKindsTheirAttributesName() {
        WarningLists lists = WarningLists.of(List.of(
                list("names", WarningListType.HOSTNAME, List.of("Example.ORG."), "domain"),
                list("urls", WarningListType.HOSTNAME, List.of("example.org"), "url"),
                list("everything", WarningListType.SUBSTRING, List.of("EXAMPLE"))));
        assertThat(lists.check(value(ValueKind.DOMAIN_NAME, "a.example.org"))).extracting(WarningHit::list).containsExactly("names", "everything");
        assertThat(lists.check(value(ValueKind.URL, "http://a.example.org/"))).extracting(WarningHit::list).containsExactly("urls", "everything");
        assertThat(lists.check(value(ValueKind.EMAIL, "x@example.org"))).extracting(WarningHit::list).containsExactly("everything");
    }

    @Test
    void stringEntriesAreCanonicalUnderEachKindTheyReadAs() {
        WarningLists lists = WarningLists.of(List.of(list("mixed", WarningListType.STRING,
                List.of("D41D8CD98F00B204E9800998ECF8427E", "2001:DB8::0:1", "not a value"), "md5", "ip-dst")));
        assertThat(lists.check(value(ValueKind.MD5, "d41d8cd98f00b204e9800998ecf8427e"))).hasSize(1);
        assertThat(lists.check(value(ValueKind.IPV6, "2001:db8::1"))).containsExactly(new WarningHit("mixed", "2001:db8::1"));
        assertThat(lists.skipped()).extracting(SkippedEntry::entry).containsExactly("not a value");
    }

    @Test
    void aCidrEntryWithHostBitsCoversItsWholeRange() {
        WarningLists lists = WarningLists.of(List.of(list("r", WarningListType.CIDR, List.of("192.0.2.77/24", "bogus/8"))));
        assertThat(lists.check(value(ValueKind.IPV4, "192.0.2.200"))).containsExactly(new WarningHit("r", "192.0.2.0/24"));
        assertThat(lists.check(value(ValueKind.URL, "http://192.0.2.9/"))).as("a URL's address host").hasSize(1);
        assertThat(lists.skipped()).singleElement().satisfies(skipped -> assertThat(skipped.reason()).contains("its address is not valid"));
    }

    @Test
    void theReaderNamesTheFileAndTheMissingField(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("list.json");
        Files.writeString(file, "{\"name\":\"x\",\"version\":1,\"type\":\"cidr\",\"list\":[]}");
        assertThatThrownBy(() -> WarningListFiles.read(file)).hasMessageContaining(file.toString()).hasMessageContaining("no \"description\"");
        Files.writeString(file, "{\"name\":\"x\",\"version\":1,\"description\":\"d\",\"type\":\"glob\",\"list\":[]}");
        assertThatThrownBy(() -> WarningListFiles.read(file)).hasMessageContaining("unknown warning-list type \"glob\"");
        Files.writeString(file, "{\"name\":\"x\",\"version\":2,\"description\":\"d\",\"list\":[\"a.example\"]}");
        assertThat(WarningListFiles.read(file)).isEqualTo(new WarningList("x", 2, "d", WarningListType.STRING, List.of("a.example"), Set.of()));
    }
}
