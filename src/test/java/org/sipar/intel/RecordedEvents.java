package org.sipar.intel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The events published during each test, on any thread: imports run on the import threads, which
 * {@code @RecordApplicationEvents} (bound to the test's thread) does not see. Registered as a field with
 * {@code @RegisterExtension}; it listens to the test's application context from each test's start to its end.
 */
final class RecordedEvents implements ApplicationListener<ApplicationEvent>, BeforeEachCallback, AfterEachCallback {

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private AbstractApplicationContext context;

    @Override
    public void beforeEach(ExtensionContext test) {
        events.clear();
        context = (AbstractApplicationContext) SpringExtension.getApplicationContext(test);
        context.addApplicationListener(this);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        events.add(event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event);
    }

    <T> Stream<T> stream(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    @Override
    public void afterEach(ExtensionContext test) {
        context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class)
                .removeApplicationListener(this);
    }
}
