package org.sipar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Sipar: one Spring Modulith application holding every capability of the national platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiparApplication {

    /** Runs Sipar with the given command-line settings until the JVM is stopped. */
    public static void main(String[] args) {
        SpringApplication.run(SiparApplication.class, args);
    }
}
