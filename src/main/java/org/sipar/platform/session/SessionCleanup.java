package org.sipar.platform.session;

import java.time.Duration;
import org.sipar.platform.PeriodicWork;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired web sessions from {@code platform_sessions}, once a minute, as the platform's periodic work:
 * with several nodes on one database one node does it at a time. Spring Session's own cron, which every node
 * would run, is off ({@code spring.session.jdbc.cleanup-cron=-}). An expired session is refused when read
 * whether or not it has been deleted yet: this only keeps the table small.
 */
@Component
class SessionCleanup implements PeriodicWork {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "platform.session-cleanup";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        sessions.cleanUpExpiredSessions();
    }
}
