package org.sipar.advisory.internal.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Severity names in English and Urdu; every rejection's problem translated into Urdu with its arguments. */
class CvssMessagesTest {

    @Test
    void everySeverityHasANameInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties urdu = bundle("messages_ur.properties");
        for (CvssSeverity severity : CvssSeverity.values()) {
            assertThat(english.getProperty(severity.messageKey())).as(severity.messageKey())
                    .isEqualToIgnoringCase(severity.name());
            assertThat(urdu.getProperty(severity.messageKey())).as(severity.messageKey()).isNotBlank()
                    .doesNotContain(severity.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void everyProblemHasAnUrduTranslationThatUsesItsArguments() throws IOException {
        Properties urdu = bundle("messages_ur.properties");
        for (CvssRejected.Reason reason : CvssRejected.Reason.values()) {
            String pattern = urdu.getProperty("problem." + reason.problemKey());
            assertThat(pattern).as(reason.name()).isNotBlank();
            assertThat(new MessageFormat(pattern, Locale.forLanguageTag("ur")).format(new Object[] {7, "AV", "Q", "N"}))
                    .contains("AV").doesNotContain("{1}");
        }
        assertThat(urdu.getProperty("problem.advisory.cvss.cve-rejected")).contains("{0}");
        assertThat(urdu.getProperty("problem.advisory.cvss.cwe-rejected")).contains("{0}");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(CvssMessagesTest.class.getClassLoader()
                .getResourceAsStream("i18n/advisory/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
