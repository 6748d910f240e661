package nl.kopgroep.programme;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the live modules and lessons that {@link ProgrammeService} keeps in memory (issue 16: every page
 * with programme progress read all modules and lessons again). Only {@link ContentSync} writes them; it says so
 * here, once when it writes and once when its transaction ends (committed or rolled back), so no node keeps a
 * catalogue its own sync changed; so does {@link ContentService#shiftWindow} for the cohorts' shifted module windows,
 * which are kept with it. Another node's change is seen when the kept copy expires (a minute).
 */
@Component
class CatalogueVersion {

    private final AtomicLong generation = new AtomicLong();

    long current() {
        return generation.get();
    }

    void changed() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }
}
