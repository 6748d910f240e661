package nl.kopgroep.base;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Work that runs once per installation, however many nodes start it: a ShedLock row in the database (the provider
 * is configured in {@code privacy.RetentionConfiguration}, on the database's clock). The node that gets the row
 * works; the others skip. {@code atMost} frees the row if a node dies mid-run; {@code atLeast} keeps a finished run
 * from being repeated by a node whose schedule fires a little later.
 */
public final class InstallationLock {

    private final LockingTaskExecutor executor;
    private final String name;
    private final Duration atMost;
    private final Duration atLeast;

    public InstallationLock(LockProvider provider, String name, Duration atMost, Duration atLeast) {
        this.executor = new DefaultLockingTaskExecutor(provider);
        this.name = name;
        this.atMost = atMost;
        this.atLeast = atLeast;
    }

    /** Runs the work on this node if no other node holds the lock; empty when it was skipped. */
    public <T> Optional<T> runOnce(Supplier<T> work) {
        try {
            // The lock's moments are the database's (usingDbTime), whatever this node's clock says.
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(work::get,
                    new LockConfiguration(Instant.now(), name, atMost, atLeast));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
