package org.sipar.taxii.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sipar.platform.InvalidSetting;
import org.springframework.util.unit.DataSize;

class TaxiiSettingsTest {

    static final DataSize SIZE = DataSize.ofMegabytes(100);

    @Test
    void statusesAreKeptAtLeastTheDayTaxiiAsksFor() {
        assertThatCode(() -> new TaxiiSettings(SIZE, Duration.ofHours(24), Duration.ofSeconds(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new TaxiiSettings(SIZE, Duration.ofHours(23), Duration.ofSeconds(1)))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining("sipar.taxii.status-retention");
    }

}
