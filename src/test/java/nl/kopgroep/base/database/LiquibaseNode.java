package nl.kopgroep.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * One "app node" of {@link LiquibaseConcurrentStartTest}: a JVM of its own (Liquibase keeps its lock state per JVM,
 * so threads would not show what separate nodes do) that waits for the start signal, then migrates the database as
 * the application does at start-up. Arguments: JDBC URL, user, password, the signal file, and {@code with-lock} or
 * {@code without-lock} (the latter shows the race the fix closes).
 */
final class LiquibaseNode {

    private LiquibaseNode() {
    }

    public static void main(String[] args) throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(args[0]);
            pool.setUsername(args[1]);
            pool.setPassword(args[2]);
            pool.setMaximumPoolSize(2);
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(pool);
            liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader());
            if ("with-lock".equals(args[4])) {
                liquibase.setCustomizer(new LiquibaseTablesUnderLock());
            }
            pool.getConnection().close();
            Path signal = Path.of(args[3]);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!Files.exists(signal) && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
            liquibase.afterPropertiesSet();
        }
        System.exit(0);
    }
}
