package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sipar.platform.OutboundAddresses.Allowance;

/** URLs typed by users never reach the machine itself or a private network unless allowed. */
class OutboundAddressesTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.1.2.3/", "https://192.168.0.1/", "https://172.16.5.5/",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/", "https://[fd00::1]/", "https://[fe80::1]/",
            "https://100.64.0.1/", "https://0.0.0.0/", "https://localhost/"})
    void privateLoopbackAndLinkLocalAddressesAreRefused(String url) {
        assertThatThrownBy(() -> OutboundAddresses.checked("url", url, Allowance.PUBLIC_ONLY))
                .isInstanceOf(InputRejected.class).hasMessageContaining(url).hasMessageContaining("resolves to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://192.0.2.10/hook", "ftp://192.0.2.10/", "file:///etc/passwd", "https:///nohost",
            "https://user:pw@192.0.2.10/", "not a url"})
    void onlyAbsoluteHttpsUrlsWithoutUserInfoPass(String url) {
        assertThatThrownBy(() -> OutboundAddresses.checked("url", url, Allowance.PUBLIC_ONLY))
                .isInstanceOf(InputRejected.class).hasMessageContaining("url");
    }

    @Test
    void aPublicHttpsAddressPasses() {
        assertThat(OutboundAddresses.checked("url", "https://192.0.2.10:8443/taxii2/", Allowance.PUBLIC_ONLY).getPort())
                .isEqualTo(8443);
    }

    @Test
    void allowancesOpenPrivateNetworksAndPlainHttpOnLoopbackOnly() {
        assertThat(OutboundAddresses.checked("url", "https://10.1.2.3/", new Allowance(true, false)).getHost())
                .isEqualTo("10.1.2.3");
        assertThat(OutboundAddresses.checked("url", "http://127.0.0.1:8080/hook", new Allowance(false, true)).getPort())
                .isEqualTo(8080);
        assertThatThrownBy(() -> OutboundAddresses.checked("url", "http://192.0.2.10/", new Allowance(false, true)))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> OutboundAddresses.checked("url", "https://127.0.0.1/", new Allowance(false, true)))
                .hasMessageContaining("resolves to");
    }
}
