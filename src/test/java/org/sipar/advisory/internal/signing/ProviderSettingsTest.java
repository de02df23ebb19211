package org.sipar.advisory.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.platform.InvalidSetting;

/** The provider's contacts and addresses are checked when bound, so that a bad one stops start-up naming it. */
class ProviderSettingsTest {

    @Test
    void contactsAreMailOrWebAddresses() {
        ProviderSettings settings = new ProviderSettings(List.of(" mailto:csirt@cert.example", "https://cert.example/report", ""),
                " ", null);
        assertThat(settings.contact()).containsExactly("mailto:csirt@cert.example", "https://cert.example/report");
        assertThat(settings.policy()).isNull();
        assertThatThrownBy(() -> new ProviderSettings(List.of("csirt@cert.example"), null, null))
                .isInstanceOf(InvalidSetting.class)
                .hasMessage("Invalid setting sipar.advisory.contact='csirt@cert.example': expected mailto: or https: "
                        + "addresses, comma-separated, such as mailto:csirt@cert.example");
    }

    @Test
    void policyAndEncryptionAreWebAddresses() {
        assertThatThrownBy(() -> new ProviderSettings(List.of(), "http://cert.example/policy", null))
                .isInstanceOf(InvalidSetting.class).hasMessageStartingWith("Invalid setting sipar.advisory.policy='http://cert.example/policy'");
        assertThatThrownBy(() -> new ProviderSettings(List.of(), null, "ftp://cert.example/key.asc"))
                .isInstanceOf(InvalidSetting.class).hasMessageStartingWith("Invalid setting sipar.advisory.encryption=");
    }
}
