package org.sipar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * Every module's bundle holds the same keys in English and Urdu, and no key is in two bundles. Problems with input
 * ({@code problem.*}) are the exception: their English is the reason in the code, so only Urdu has the keys.
 */
class MessageBundlesTest {

    @Test
    void findsThePlatformsAndEveryModulesBundle() throws IOException {
        assertThat(MessageBundles.basenames())
                .containsExactly("i18n/messages", "i18n/advisory/messages", "i18n/detect/messages", "i18n/identity/messages", "i18n/intel/messages",
                        "i18n/stream/messages");
    }

    @Test
    void everyKeyIsTranslatedAndInOneBundleOnly() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String basename : MessageBundles.basenames()) {
            Properties english = load(basename + ".properties");
            Properties urdu = load(basename + "_ur.properties");
            assertThat(withoutProblems(urdu)).as(basename).isEqualTo(english.stringPropertyNames());
            assertThat(english.stringPropertyNames()).as(basename).noneMatch(k -> k.startsWith("problem."));
            for (String key : english.stringPropertyNames()) {
                assertThat(owner.put(key, basename)).as(key + " in " + basename).isNull();
            }
        }
        assertThat(owner).containsKeys("nav.dashboard", "nav.people", "intel.title", "login.title");
    }

    @Test
    void resolvesKeysOfEveryBundleInBothLanguages() throws IOException {
        MessageSource messages = new MessageBundles().messageSource();
        Locale urdu = Locale.forLanguageTag("ur");
        assertThat(messages.getMessage("nav.people", null, Locale.ENGLISH)).isEqualTo("People");
        assertThat(messages.getMessage("nav.people", null, urdu)).isNotEqualTo("People");
        assertThat(messages.getMessage("nav.dashboard", null, Locale.ENGLISH)).isEqualTo("Dashboard");
        assertThat(messages.getMessage("intel.title", null, urdu)).isNotBlank();
    }

    private static java.util.Set<String> withoutProblems(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> !k.startsWith("problem."))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(MessageBundlesTest.class.getClassLoader().getResourceAsStream(path),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
