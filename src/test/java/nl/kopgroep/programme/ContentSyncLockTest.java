package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kopgroep.KopgroepTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes syncing at once: the second waits for the first's row lock on {@code content_sync_lock} (no
 * {@code GET_LOCK}, which Galera refuses), then finds nothing left to change. Syncs the real programme, which is
 * already in the database, so nothing changes for the other tests.
 */
@KopgroepTest
class ContentSyncLockTest {

    @Autowired ContentSync sync;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void aSecondNodesSyncWaitsForTheFirstAndChangesNothing() throws Exception {
        ProgrammeDefinition programme = ContentReader.read(Path.of("content")).programme();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstNode = nodes.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
                jdbc.sql("SELECT name FROM content_sync_lock WHERE name = 'content' FOR UPDATE").query(String.class).single();
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            Future<SyncReport> secondNode = nodes.submit(() -> sync.sync(programme, "second node"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::transactionsWaitingForALock, n -> n > 0);
            assertThat(secondNode).as("the second sync waits while the first holds the row").isNotDone();

            release.countDown();
            firstNode.get(30, TimeUnit.SECONDS);
            SyncReport report = secondNode.get(60, TimeUnit.SECONDS);
            assertThat(report.unchanged()).as("the second node finds nothing left to change").isTrue();
        } finally {
            release.countDown();
            nodes.shutdownNow();
        }
    }

    private long transactionsWaitingForALock() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                .query(Long.class).single();
    }
}
