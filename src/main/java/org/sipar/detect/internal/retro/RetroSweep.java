package org.sipar.detect.internal.retro;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.sipar.platform.PeriodicWork;
import org.springframework.stereotype.Component;

/**
 * Every {@code sipar.detect.retro.flush-every}, stores what was buffered and drops the days that left the window of
 * {@code sipar.detect.retro.days} (days are UTC days).
 */
@Component
class RetroSweep implements PeriodicWork {

    private final RetroStore store;
    private final RetroSettings settings;
    private final Clock clock;

    RetroSweep(RetroStore store, RetroSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The first day kept on {@code today}: the window's days end with today. */
    static LocalDate firstKept(LocalDate today, int days) {
        return today.minusDays(days - 1L);
    }

    @Override
    public String name() {
        return "detect.retro-sweep";
    }

    @Override
    public Duration every() {
        return settings.flushEvery();
    }

    @Override
    public Duration firstAfter() {
        return settings.flushEvery();
    }

    @Override
    public void run() {
        store.flush();
        store.forget(firstKept(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), settings.days()));
    }
}
