package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Reader;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;

/**
 * Objects have a maximum size (sipar.intel.max-object-bytes, 8 MiB by default) and pages are cut by bytes as well
 * as by count (sipar.intel.max-page-bytes, 16 MiB), so a few huge objects cannot make one page of hundreds of MB.
 */
@DemoPlatform
class SizeLimitTests extends StoreFixture {

    static final int MIB = 1024 * 1024;

    @Test
    void anObjectOverTheLimitIsRejectedAloneNamingTheSetting() {
        String big = Stix.newIndicatorId();
        String small = Stix.newIndicatorId();
        ImportReport report = members.publish("analyst@nic.demo", Stix.bundle(padded(big, 9 * MIB),
                Stix.indicator(small, "small", null, "2026-01-02T00:00:00.000Z")));
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(report.totals().accepted()).isEqualTo(1);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.index()).isZero();
            assertThat(r.id()).isEqualTo(big);
            assertThat(r.reasons()).singleElement().satisfies(reason -> assertThat(reason)
                    .contains("over the limit of 8388608 bytes").contains("sipar.intel.max-object-bytes"));
        });
    }

    @Test
    void aPageHoldsNoMoreThanItsBytesAndAlwaysOneObject() {
        List<String> ids = List.of(Stix.newIndicatorId(), Stix.newIndicatorId(), Stix.newIndicatorId());
        ImportReport report = members.publish("analyst@nic.demo", Stix.bundle(padded(ids.get(0), 7 * MIB),
                padded(ids.get(1), 7 * MIB), padded(ids.get(2), 7 * MIB)));
        assertThat(report.totals().accepted()).isEqualTo(3);
        Reader reader = members.reader("analyst@nic.demo");
        ObjectPage first = page(reader, ids, 0);
        assertThat(first.objects()).extracting(StoredObject::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(first.more()).isTrue();
        ObjectPage second = page(reader, ids, first.nextSeq());
        assertThat(second.objects()).extracting(StoredObject::id).containsExactly(ids.get(2));
        assertThat(second.more()).isFalse();
    }

    private ObjectPage page(Reader reader, List<String> ids, long after) {
        return intelligence.objects(reader, new ObjectQuery(new ObjectQuery.Scope.All(), null, ids, List.of(),
                List.of(VersionSelection.LAST), List.of(), null, after, 100));
    }

    /** An indicator carrying a custom property of about {@code bytes} bytes. */
    private static String padded(String id, int bytes) {
        return Stix.indicator(id, "padded", null, "2026-01-02T00:00:00.000Z")
                .replaceFirst("\\}$", ",\"x_sipar_padding\":\"" + "a".repeat(bytes) + "\"}");
    }
}
