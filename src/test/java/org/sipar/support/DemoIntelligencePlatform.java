package org.sipar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sipar.SiparApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running Sipar in demo mode as a visitor gets it: the demo logins and the demo intelligence (ATT&amp;CK for ICS
 * from {@code ../shared} when it is there, and the demo scenario). Every test class with this annotation shares
 * the one instance (apart from {@link DemoPlatform}'s, whose store starts empty).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SiparApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sipar.demo=true", "sipar.data-dir=target/test-data/demo-intel-${random.uuid}",
                "sipar.security.failure-delay=20ms", "sipar.security.lock-after-failures=50"})
public @interface DemoIntelligencePlatform {
}
