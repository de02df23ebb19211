package org.sipar.platform.web;

import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart uploads live in {@code <data-dir>/uploads} ({@link UploadDirectory}), not the system's temporary
 * directory, where a crash would leave them for good. The sizes still come from {@code spring.servlet.multipart.*};
 * the location is set here because Tomcat takes a relative one as relative to its own work directory.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UploadConfiguration.class);

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties, SiparSettings settings) {
        Path dir = settings.dataDir().toAbsolutePath().normalize().resolve("uploads");
        int leftovers = UploadDirectory.prepare(dir);
        log.info("Uploads are kept in {}; {} left over from an earlier run deleted", dir, leftovers);
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setLocation(dir.toString());
        factory.setMaxFileSize(properties.getMaxFileSize());
        factory.setMaxRequestSize(properties.getMaxRequestSize());
        factory.setFileSizeThreshold(properties.getFileSizeThreshold());
        return factory.createMultipartConfig();
    }
}
