package org.sipar.detect.internal.retro;

import java.time.LocalDate;
import java.util.UUID;

/** Where the days' values are kept across restarts. */
interface DayStore {

    /** A store that keeps nothing: the values live as long as the process (benchmarks, tests). */
    DayStore NONE = new DayStore() {
        @Override
        public DayValues merge(UUID organisation, LocalDate day, DayValues added) {
            return added;
        }

        @Override
        public void load(LocalDate from, Loaded loaded) {
        }

        @Override
        public void forget(LocalDate before) {
        }
    };

    /** Adds {@code added} to what is kept of that day, durably, and answers all that is kept of it now. */
    DayValues merge(UUID organisation, LocalDate day, DayValues added);

    /** Tells every day kept from {@code from} on. */
    void load(LocalDate from, Loaded loaded);

    /** Forgets the days before {@code before}. */
    void forget(LocalDate before);

    /** Receives one day's values as loaded. */
    @FunctionalInterface
    interface Loaded {
        void day(UUID organisation, LocalDate day, DayValues values);
    }
}
