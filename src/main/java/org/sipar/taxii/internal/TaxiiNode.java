package org.sipar.taxii.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This node, as TAXII's pending requests know it: an id kept in the data directory (so a restarted node is the same
 * node, and resumes its own requests from its import queue), and a heartbeat in {@code taxii_nodes} every
 * {@link #BEAT} seconds. A node silent for {@link #LEASE_SECONDS} is taken for gone: {@link Takeover} hands its
 * pending requests to a live node. The heartbeat is the database's clock, so nodes' clocks need not agree.
 */
@Component
class TaxiiNode implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TaxiiNode.class);
    static final long BEAT = 10;
    static final long LEASE_SECONDS = 60;

    private final JdbcClient jdbc;
    private final UUID id;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sipar-taxii-heartbeat").daemon().factory());

    TaxiiNode(JdbcClient jdbc, SiparSettings settings) {
        this.jdbc = jdbc;
        this.id = idIn(settings.dataDir().resolve("taxii-node-id"));
    }

    UUID id() {
        return id;
    }

    @Override
    public void afterSingletonsInstantiated() {
        beat();
        beats.scheduleWithFixedDelay(this::beatQuietly, BEAT, BEAT, TimeUnit.SECONDS);
    }

    void beat() {
        jdbc.sql("""
                insert into taxii_nodes (node_id, heartbeat_at) values (?, clock_timestamp())
                on conflict (node_id) do update set heartbeat_at = excluded.heartbeat_at""").param(id).update();
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            log.warn("TAXII node heartbeat failed; trying again in {} s", BEAT, e);
        }
    }

    @Override
    public void destroy() {
        beats.shutdownNow();
    }

    private static UUID idIn(Path file) {
        try {
            if (Files.exists(file)) {
                return UUID.fromString(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            UUID created = UUID.randomUUID();
            Files.createDirectories(file.getParent());
            Files.writeString(file, created + "\n", StandardCharsets.UTF_8);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write this node's id in " + file, e);
        }
    }
}
