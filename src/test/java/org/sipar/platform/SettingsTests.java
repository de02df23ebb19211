package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.sipar.SiparApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad setting stops start-up with one line that names it and the values it accepts. */
class SettingsTests {

    @Test
    void nonBooleanDemoSettingIsNamed() {
        FailureAnalysis analysis = startWith("--sipar.demo=maybe");
        assertThat(analysis.getDescription()).isEqualTo("Invalid setting sipar.demo='maybe': expected true or false");
    }

    @Test
    void outOfRangeLockOutSettingIsNamed() {
        FailureAnalysis analysis = startWith("--sipar.security.lock-after-failures=0");
        assertThat(analysis.getDescription())
                .isEqualTo("Invalid setting sipar.security.lock-after-failures='0': expected a whole number from 1 to 100");
    }

    @Test
    void nonNumericPortIsNamed() {
        FailureAnalysis analysis = startWith("--server.port=eighty");
        assertThat(analysis.getDescription()).isEqualTo("Invalid setting server.port='eighty': expected a port number from 0 to 65535");
        assertThat(analysis.getDescription()).doesNotContain("\n");
    }

    @Test
    void publicBaseUrlThatIsNotAnAbsoluteWebAddressIsNamed() {
        FailureAnalysis analysis = startWith("--sipar.public-base-url=sipar.example.org");
        assertThat(analysis.getDescription()).isEqualTo("Invalid setting sipar.public-base-url='sipar.example.org':"
                + " expected an absolute http or https URL without query or fragment, such as https://sipar.example.org");
    }

    private static FailureAnalysis startWith(String setting) {
        SpringApplication app = new SpringApplication(SiparApplication.class);
        app.setLogStartupInfo(false);
        String port = setting.startsWith("--server.port") ? "--sipar.demo=false" : "--server.port=0";
        Throwable thrown = catchThrowable(() -> app.run(setting, "--sipar.data-dir=target/test-data/never-created", port));
        assertThat(thrown).as("start-up with %s must fail", setting).isNotNull();
        FailureAnalysis analysis = new SettingsFailureAnalyzer().analyze(thrown);
        assertThat(analysis).as("analysis of %s", thrown).isNotNull();
        return analysis;
    }
}
