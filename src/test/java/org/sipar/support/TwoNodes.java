package org.sipar.support;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.SiparApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Two Sipar nodes as one, for the tests of several nodes: an embedded KRaft Kafka broker, node A in demo mode with
 * its embedded PostgreSQL, and node B pointed at A's database by {@code sipar.db.url}, each with its own data
 * directory and port, both with {@code sipar.kafka.bootstrap-servers}. Started once per JVM at first use and shared
 * by every two-node test (each further pair of contexts would cost a PostgreSQL and a broker); stopped when the
 * JVM ends. Both nodes run {@link ClusterProbe}'s periodic job.
 */
public final class TwoNodes {

    private static TwoNodes started;

    private final EmbeddedKafkaKraftBroker kafka;
    private final ConfigurableApplicationContext a;
    private final ConfigurableApplicationContext b;

    private TwoNodes() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1, "sipar.intel.changes");
        kafka.afterPropertiesSet();
        String run = "two-nodes-" + UUID.randomUUID();
        a = start("--sipar.data-dir=target/test-data/" + run + "-a");
        HikariDataSource db = a.getBean(HikariDataSource.class);
        b = start("--sipar.data-dir=target/test-data/" + run + "-b", "--sipar.db.url=" + db.getJdbcUrl(),
                "--sipar.db.username=" + db.getUsername(), "--sipar.db.password=" + db.getPassword());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "two-nodes-stop"));
    }

    /** The two nodes, started at the first call. */
    public static synchronized TwoNodes get() {
        if (started == null) {
            started = new TwoNodes();
        }
        return started;
    }

    /** Node A: the one with the embedded PostgreSQL. */
    public ConfigurableApplicationContext a() {
        return a;
    }

    /** Node B: on A's database. */
    public ConfigurableApplicationContext b() {
        return b;
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    public String kafkaServers() {
        return kafka.getBrokersAsString();
    }

    private ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--sipar.demo=true",
                "--sipar.demo.intelligence=false", "--sipar.security.failure-delay=20ms",
                "--sipar.security.lock-after-failures=50", "--sipar.kafka.bootstrap-servers=" + kafka.getBrokersAsString()));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(SiparApplication.class, ClusterProbe.class).run(args.toArray(String[]::new));
    }

    private void stop() {
        b.close();
        a.close();
        kafka.destroy();
    }

    /** For diagnostics: where a node keeps its files. */
    public static Path dataDir(ConfigurableApplicationContext node) {
        return Path.of(node.getEnvironment().getRequiredProperty("sipar.data-dir"));
    }
}
