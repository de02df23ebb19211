package org.sipar.platform.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.sipar.platform.SiparSettings;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Starts the embedded PostgreSQL as soon as the settings are known, so that initdb and server start-up
 * overlap with Spring building the application context instead of following it. The data source takes
 * the running server from here; if start-up fails first, the server is stopped again.
 */
final class EarlyStart implements SmartApplicationListener {

    private CompletableFuture<EmbeddedPostgres> server;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type)
                || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> begin(Binder.get(prepared.getEnvironment()));
            case ApplicationPreparedEvent ready when server != null ->
                    ready.getApplicationContext().getBeanFactory().registerSingleton("earlyPostgres", new Handle(server));
            case ApplicationFailedEvent failed when server != null -> stopQuietly();
            default -> { }
        }
    }

    private void stopQuietly() {
        try {
            server.join().close();
        } catch (RuntimeException alreadyStoppedOrNeverStarted) {
            // Nothing is left running in either case.
        }
    }

    private void begin(Binder binder) {
        try {
            SiparSettings settings = binder.bindOrCreate("sipar", SiparSettings.class);
            if (!settings.db().external()) {
                Path root = settings.dataDir().toAbsolutePath().normalize().resolve("postgres");
                server = CompletableFuture.supplyAsync(() -> EmbeddedPostgres.start(root),
                        task -> Thread.ofPlatform().name("sipar-postgres-start").start(task));
            }
        } catch (RuntimeException badSetting) {
            // Left for the normal start-up path, which reports bad settings in one clear line.
        }
    }

    /** The server being started, for the data source to wait for. */
    record Handle(CompletableFuture<EmbeddedPostgres> server) {

        EmbeddedPostgres await(Path expectedRoot) {
            try {
                EmbeddedPostgres started = server.get();
                return started.root().equals(expectedRoot) ? started : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}
