package nl.kopgroep.base.database;

import liquibase.Liquibase;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.Customizer;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.springframework.stereotype.Component;

/**
 * Several app nodes started at once on an empty database: Liquibase (4.33) creates its {@code DATABASECHANGELOG}
 * table while reading the change log, before it takes its own lock, so the second node fails with "Table
 * 'DATABASECHANGELOG' already exists" (liquibase/liquibase#5254). Before Liquibase runs, this takes Liquibase's lock
 * (its lock table's creation is safe across nodes), lets Liquibase create its tables under it, and releases it; the
 * other nodes wait for the lock and then find the tables there. Spring Boot applies it to its {@code SpringLiquibase}.
 */
@Component
class LiquibaseTablesUnderLock implements Customizer<Liquibase> {

    @Override
    public void customize(Liquibase liquibase) {
        Database database = liquibase.getDatabase();
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        try {
            lock.waitForLock();
            try {
                ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database).init();
            } finally {
                lock.releaseLock();
            }
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Could not prepare Liquibase's tables under its lock: " + e.getMessage(), e);
        }
    }
}
