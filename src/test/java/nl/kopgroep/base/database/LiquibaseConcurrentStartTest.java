package nl.kopgroep.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: app nodes started at the same moment on an empty database all come up, one of them creating the schema
 * (found by {@code .ci/two-nodes}: the second node failed with "Table 'DATABASECHANGELOG' already exists").
 */
@KopgroepTest
class LiquibaseConcurrentStartTest {

    private static final int NODES = 3;

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void nodesStartingTogetherOnAnEmptyDatabaseAllMigrateIt() throws Exception {
        // Each node is a JVM of its own, as in production: Liquibase keeps its lock state per JVM.
        String database = "kopgroep_liquibase_race";
        jdbc.execute("DROP DATABASE IF EXISTS " + database);
        jdbc.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        HikariDataSource server = dataSource.unwrap(HikariDataSource.class);
        String url = server.getJdbcUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
        Path signal = Files.createTempFile("liquibase-start", ".signal");
        Files.delete(signal);
        List<Process> nodes = new ArrayList<>();
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            for (int i = 0; i < NODES; i++) {
                nodes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LiquibaseNode.class.getName(),
                        url, server.getUsername(), String.valueOf(server.getPassword() == null ? "" : server.getPassword()),
                        signal.toString(), System.getProperty("kopgroep.liquibase-race", "with-lock"))
                        .redirectErrorStream(true).redirectOutput(Path.of("target", "liquibase-node-" + i + ".log").toFile())
                        .start());
            }
            Files.createFile(signal);
            for (int i = 0; i < NODES; i++) {
                assertThat(nodes.get(i).waitFor(5, TimeUnit.MINUTES)).as("node %d finished", i).isTrue();
                assertThat(nodes.get(i).exitValue()).as("node %d migrated without an error (target/liquibase-node-%d.log)", i, i)
                        .isZero();
            }
            Integer ran = jdbc.queryForObject("SELECT COUNT(*) FROM " + database + ".DATABASECHANGELOG", Integer.class);
            Integer changeSets = jdbc.queryForObject("SELECT COUNT(DISTINCT ID, AUTHOR, FILENAME) FROM " + database
                    + ".DATABASECHANGELOG", Integer.class);
            assertThat(ran).as("every change set ran once").isPositive().isEqualTo(changeSets);
            assertThat(jdbc.queryForObject("SELECT LOCKED FROM " + database + ".DATABASECHANGELOGLOCK WHERE ID = 1", Boolean.class))
                    .as("the lock is free again").isFalse();
        } finally {
            nodes.forEach(Process::destroyForcibly);
            Files.deleteIfExists(signal);
            jdbc.execute("DROP DATABASE IF EXISTS " + database);
        }
    }
}
