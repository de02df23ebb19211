package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;

/**
 * Real parallel imports against the embedded PostgreSQL: overlapping ids, each import with its own versions,
 * in one organisation's copy and across organisations. All complete, nothing deadlocks or hangs, and every
 * id has exactly one latest version for every reader.
 */
@DemoPlatform
class ConcurrentImportTests extends StoreFixture {

    static final int OBJECTS = 4_000;

    @Test
    void fourAnalystsOfOneOrganisationImportingOverlappingIdsAllComplete() throws Exception {
        List<String> ids = ids(OBJECTS);
        List<ImportReport> reports = parallel(List.of("analyst@cert.demo", "admin@cert.demo", "member@cert.demo", "analyst@cert.demo"), ids);
        reports.forEach(r -> assertThat(r.status()).as(r.notes().toString()).isEqualTo(ImportStatus.COMPLETE));
        long accepted = reports.stream().mapToLong(r -> r.totals().accepted()).sum();
        assertThat(accepted).as("every version is stored once: four versions of each id").isEqualTo(4L * OBJECTS);
        assertOneLatestPerId(ids, "analyst@cert.demo", "analyst@telco.demo");
        assertThat(jdbc.sql("select count(*) from intel_objects where id = any(?) and not superseded")
                .param(ids.toArray(String[]::new)).query(Long.class).single())
                .as("one version of each id is not superseded").isEqualTo(OBJECTS);
    }

    @Test
    void fourOrganisationsImportingOverlappingIdsEachKeepTheirCopy() throws Exception {
        List<String> ids = ids(OBJECTS);
        List<ImportReport> reports = parallel(List.of("analyst@cert.demo", "analyst@bank.demo", "analyst@telco.demo", "analyst@nic.demo"), ids);
        reports.forEach(r -> assertThat(r.status()).isEqualTo(ImportStatus.COMPLETE));
        reports.forEach(r -> assertThat(r.totals().accepted()).isEqualTo(OBJECTS));
        assertOneLatestPerId(ids, "analyst@cert.demo", "analyst@bank.demo", "analyst@moit.demo", "");
    }

    /** Each publisher imports every id, at GREEN, with a version of its own, all at once, in shuffled order. */
    private List<ImportReport> parallel(List<String> publishers, List<String> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(publishers.size());
        try {
            List<CompletableFuture<ImportReport>> running = new ArrayList<>();
            for (int p = 0; p < publishers.size(); p++) {
                String bundle = bundle(ids, "2026-07-0" + (p + 1) + "T00:00:00.000Z", p);
                String publisher = publishers.get(p);
                running.add(CompletableFuture.supplyAsync(() -> members.publish(publisher, bundle), pool));
            }
            List<ImportReport> reports = new ArrayList<>();
            for (CompletableFuture<ImportReport> r : running) {
                reports.add(r.get(5, TimeUnit.MINUTES));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertOneLatestPerId(List<String> ids, String... viewers) {
        for (String viewer : viewers) {
            Reader reader = viewer.isEmpty() ? Reader.ANONYMOUS : members.reader(viewer);
            Map<String, Integer> latest = new HashMap<>();
            ObjectPage page = new ObjectPage(List.of(), true, 0);
            while (page.more()) {
                page = intelligence.objects(reader, new ObjectQuery(new ObjectQuery.Scope.All(), null, ids, List.of(),
                        List.of(VersionSelection.LAST), List.of(), null, page.nextSeq(), 1000));
                page.objects().forEach(o -> latest.merge(o.id(), 1, Integer::sum));
            }
            int expected = viewer.isEmpty() ? 0 : ids.size();
            assertThat(latest).as("latest versions for " + viewer).hasSize(expected);
            assertThat(latest.values()).as("one latest version per id for " + viewer).allMatch(n -> n == 1);
        }
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("indicator--" + UUID.randomUUID());
        }
        return ids;
    }

    private static String bundle(List<String> ids, String modified, int seed) {
        List<String> shuffled = new ArrayList<>(ids);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        StringBuilder objects = new StringBuilder();
        for (String id : shuffled) {
            objects.append(objects.isEmpty() ? "" : ",").append(Stix.indicator(id, "parallel", Tlp.GREEN.markingId(), modified));
        }
        return "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + objects + "]}";
    }
}
