package org.sipar.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sipar.SiparApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * With {@code sipar.db.url} set, Sipar starts no PostgreSQL of its own, migrates the server it is given,
 * and in production mode creates the first hub administrator (and only once).
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTests {

    static Path root;
    static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws Exception {
        root = Files.createDirectories(Path.of("target/test-data/external-" + System.nanoTime()));
        external = EmbeddedPostgres.start(root.resolve("server"));
        try (Connection c = DriverManager.getConnection(external.jdbcUrl(), EmbeddedPostgres.USER, external.password())) {
            c.createStatement().execute("create database configured");
            c.createStatement().execute("create database generated");
        }
    }

    @AfterAll
    static void stopExternalServer() {
        external.close();
    }

    @Test
    void migratesTheExternalServerAndCreatesTheConfiguredAdministratorOnce() {
        Path dataDir = root.resolve("app-configured");
        String[] args = args("configured", dataDir, "--sipar.bootstrap.admin-email=Root@Cert.Example",
                "--sipar.bootstrap.admin-password=a-long-configured-secret");
        try (ConfigurableApplicationContext app = start(args)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(2);
            String hash = jdbc.sql("select password_hash from people where email = 'root@cert.example' and 'HUB_ADMIN' = any(roles)")
                    .query(String.class).single();
            assertThat(app.getBean(PasswordEncoder.class).matches("a-long-configured-secret", hash)).isTrue();
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
        try (ConfigurableApplicationContext again = start(args)) {
            assertThat(again.getBean(JdbcClient.class).sql("select count(*) from people").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void generatesARandomPasswordAndPrintsItOnceWhenNoneIsConfigured(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start(args("generated", root.resolve("app-generated")))) {
            Matcher m = Pattern.compile("created hub administrator admin@cert.local with the password\\s+(\\S+)")
                    .matcher(output.getOut());
            assertThat(m.find()).as("the generated password is logged").isTrue();
            String hash = app.getBean(JdbcClient.class).sql("select password_hash from people where email = 'admin@cert.local'")
                    .query(String.class).single();
            assertThat(app.getBean(PasswordEncoder.class).matches(m.group(1), hash)).isTrue();
            assertThat(m.group(1)).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo("sipar-demo");
        }
    }

    private static String[] args(String database, Path dataDir, String... extra) {
        String url = external.jdbcUrl().replace("/postgres", "/" + database);
        String[] base = {"--sipar.db.url=" + url, "--sipar.db.username=" + EmbeddedPostgres.USER,
                "--sipar.db.password=" + external.password(), "--sipar.data-dir=" + dataDir, "--server.port=0",
                "--sipar.demo=false"};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(SiparApplication.class).run(args);
    }
}
