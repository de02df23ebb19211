package org.sipar.detect.internal.retro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The application's store on its database: what is flushed is there for a fresh instance on the same database,
 * flushes of several instances add up, and forgotten days are gone from the table too.
 */
@DemoPlatform
class RetroStoreDatabaseTests {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);
    private static final Key DOMAIN = new Key(Kind.DOMAIN, "c2.evil.example");
    private static final Key ADDRESS = new Key(Kind.IPV4, "198.51.100.7");
    private static final Key HASH = new Key(Kind.HASH, "SHA-256:" + "7e".repeat(32));

    @Autowired
    RetroStore store;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void flushedValuesAreReloadedByAFreshInstance() {
        UUID organisation = organisation("Retro reload");
        store.saw(organisation, DAY, List.of(DOMAIN, ADDRESS));
        store.flush();

        RetroStore restarted = fresh(DAY);

        List<Key> indicators = List.of(new Key(Kind.DOMAIN_TREE, "evil.example"), new Key(Kind.CIDR, "198.51.100.0/24"), DOMAIN);
        assertThat(restarted.whoSaw(indicators)).containsExactlyInAnyOrderElementsOf(store.whoSaw(indicators))
                .contains(new Seen(indicators.get(1), organisation, DAY, ADDRESS),
                        new Seen(indicators.get(0), organisation, DAY, indicators.get(0)));
    }

    @Test
    void flushesOfTwoInstancesOnOneDayAddUp() {
        UUID organisation = organisation("Retro merge");
        store.saw(organisation, DAY, List.of(DOMAIN));
        store.flush();
        RetroStore other = fresh(DAY.plusDays(1)); // loads nothing of DAY: its flush must merge with the table
        other.saw(organisation, DAY, List.of(HASH));
        other.flush();

        assertThat(fresh(DAY).whoSaw(List.of(DOMAIN, HASH))).extracting(Seen::indicator)
                .containsExactlyInAnyOrder(DOMAIN, HASH);
    }

    @Test
    void theSweepForgetsDaysThatLeftTheWindowInTheTableToo() {
        UUID organisation = organisation("Retro forget");
        LocalDate old = LocalDate.of(2024, 6, 1);
        store.saw(organisation, old, List.of(HASH));
        store.saw(organisation, old.plusDays(30), List.of(HASH));
        Instant lastDayOfWindow = old.plusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant();

        new RetroSweep(store, new RetroSettings(30, Duration.ofMinutes(1)), Clock.fixed(lastDayOfWindow, ZoneOffset.UTC)).run();

        assertThat(store.whoSaw(List.of(HASH))).filteredOn(s -> s.organisation().equals(organisation))
                .extracting(Seen::day).containsExactly(old.plusDays(30));
        assertThat(fresh(old.minusDays(1)).whoSaw(List.of(HASH))).filteredOn(s -> s.organisation().equals(organisation))
                .extracting(Seen::day).containsExactly(old.plusDays(30));
    }

    private RetroStore fresh(LocalDate from) {
        RetroStore restarted = RetroConfiguration.stored(dataSource, transactions);
        restarted.load(from);
        return restarted;
    }

    private UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisations (id, name, kind) values (?, ?, 'OTHER')").params(id, name + " " + id).update();
        return id;
    }
}
