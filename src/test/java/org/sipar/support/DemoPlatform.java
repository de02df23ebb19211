package org.sipar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sipar.SiparApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running Sipar in demo mode on a random port, with its own embedded PostgreSQL in a fresh data
 * directory under target/. Every test class with this annotation shares the one instance. Its store starts empty
 * (no demo intelligence, {@code sipar.demo.intelligence=false}): tests of the store count what they put in; the
 * demo intelligence is {@link DemoIntelligencePlatform}'s. Its mail goes to the one {@link Smtp} server of the
 * test JVM (GreenMail on a fixed port, started by the first test that needs it; until then mail stays queued).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SiparApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sipar.demo=true", "sipar.data-dir=target/test-data/demo-${random.uuid}",
                "sipar.security.failure-delay=20ms", "sipar.security.lock-after-failures=5",
                "sipar.demo.intelligence=false",
                "spring.mail.host=" + Smtp.HOST, "spring.mail.port=" + Smtp.PORT})
public @interface DemoPlatform {
}
