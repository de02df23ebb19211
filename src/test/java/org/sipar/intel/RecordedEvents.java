package org.sipar.intel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The events published while it is open, on any thread: imports run on the import threads, which
 * {@code @RecordApplicationEvents} (bound to the test's thread) does not see.
 */
final class RecordedEvents implements ApplicationListener<ApplicationEvent>, AutoCloseable {

    private final AbstractApplicationContext context;
    private final List<Object> events = new CopyOnWriteArrayList<>();

    RecordedEvents(AbstractApplicationContext context) {
        this.context = context;
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
    public void close() {
        context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class)
                .removeApplicationListener(this);
    }
}
