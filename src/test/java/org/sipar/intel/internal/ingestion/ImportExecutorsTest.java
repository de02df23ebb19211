package org.sipar.intel.internal.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.sipar.intel.internal.IntelSettings;
import org.sipar.platform.InvalidSetting;
import org.springframework.mock.env.MockEnvironment;

/** One set of import threads for all imports; TAXII's old setting for its own is still read, when it alone is set. */
class ImportExecutorsTest {

    static IntelSettings settings(int threads) {
        return new IntelSettings("AMBER", 1000, 8_388_608, 16_777_216, threads, 64);
    }

    static int runners(ImportExecutors executors) {
        return ((ThreadPoolExecutor) executors.runners()).getCorePoolSize();
    }

    static int writers(ImportExecutors executors) {
        return ((ThreadPoolExecutor) executors.writers()).getCorePoolSize();
    }

    @Test
    void importThreadsAndTheirWritersAreSizedBySiparIntelImportThreads() throws Exception {
        ImportExecutors executors = new ImportExecutors(settings(3), new MockEnvironment());
        assertThat(runners(executors)).isEqualTo(3);
        assertThat(writers(executors)).isEqualTo(3 * Pipeline.IN_FLIGHT);
        executors.shutdown();
        assertThat(executors.stopping()).isTrue();
    }

    @Test
    void theDeprecatedTaxiiSettingCountsOnlyWhenTheNewOneIsNotSet() throws Exception {
        ImportExecutors old = new ImportExecutors(settings(2), new MockEnvironment().withProperty("sipar.taxii.add-threads", "4"));
        assertThat(runners(old)).isEqualTo(4);
        old.shutdown();
        ImportExecutors both = new ImportExecutors(settings(2), new MockEnvironment().withProperty("sipar.taxii.add-threads", "4")
                .withProperty("sipar.intel.import-threads", "2"));
        assertThat(runners(both)).isEqualTo(2);
        both.shutdown();
    }

    @Test
    void threadsAndCapacityAreBounded() {
        assertThatThrownBy(() -> settings(0)).isInstanceOf(InvalidSetting.class).hasMessageContaining("sipar.intel.import-threads");
        assertThatThrownBy(() -> settings(17)).isInstanceOf(InvalidSetting.class);
        assertThatThrownBy(() -> new IntelSettings("AMBER", 1000, 8_388_608, 16_777_216, 2, 0))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining("sipar.intel.import-queue-capacity");
    }
}
