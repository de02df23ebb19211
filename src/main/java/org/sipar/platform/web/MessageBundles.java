package org.sipar.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The translations: the platform's in {@code i18n/messages}, each module's in {@code i18n/<module>/messages},
 * English and Urdu ({@code _ur}). The modules' bundles are found on the classpath, so the platform need not know
 * which modules there are; a module's keys start with its own prefix, so no two bundles hold the same key.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String PLATFORM = "i18n/messages";
    private static final String MODULES = "classpath*:i18n/*/messages.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        // English is the bundle without a suffix: the server's own locale must not pick another language.
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The platform's basename, then every module's in alphabetical order. */
    static List<String> basenames() throws IOException {
        TreeSet<String> modules = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULES)) {
            String url = bundle.getURL().toString();
            String dir = url.substring(0, url.lastIndexOf('/'));
            modules.add("i18n/" + dir.substring(dir.lastIndexOf('/') + 1) + "/messages");
        }
        List<String> basenames = new ArrayList<>(List.of(PLATFORM));
        basenames.addAll(modules);
        return basenames;
    }
}
