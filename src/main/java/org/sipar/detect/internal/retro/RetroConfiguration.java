package org.sipar.detect.internal.retro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The one {@link RetroStore} of the application, loaded at start with the days of its window from the database. */
@Configuration(proxyBeanMethods = false)
class RetroConfiguration {

    @Bean
    RetroStore retroStore(DataSource dataSource, PlatformTransactionManager transactions, RetroSettings settings,
                          Clock clock) {
        RetroStore store = stored(dataSource, transactions);
        store.load(RetroSweep.firstKept(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), settings.days()));
        return store;
    }

    /** A store on the table {@code detect_retro_seen} of {@code dataSource}, empty until loaded. */
    static RetroStore stored(DataSource dataSource, PlatformTransactionManager transactions) {
        return new RetroStore(new SeenTable(JdbcClient.create(dataSource), new TransactionTemplate(transactions)));
    }
}
