package nl.kopgroep.base.database;

import java.lang.reflect.Method;
import java.sql.SQLException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which failures {@link RetryOnWriteConflict} retries: a transaction the database rolled back for a write conflict
 * (MariaDB error 1213 {@code ER_LOCK_DEADLOCK}, SQLState class 40 — InnoDB's deadlock victim, or a Galera
 * certification failure at COMMIT), and only at the outermost transactional method. A lock wait timeout (1205)
 * is not retried: it already waited long, and it rolls back only the statement. An optimistic-locking failure
 * (someone else saved first) is not retried either: that conflict is the user's to resolve.
 */
public final class WriteConflicts implements MethodRetryPredicate {

    /** MariaDB's {@code ER_LOCK_DEADLOCK}; Galera reports a lost certification with it as well. */
    static final int ER_LOCK_DEADLOCK = 1213;

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        return isWriteConflict(failure) && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** True when the failure (or one of its causes) says the database rolled the transaction back for a conflict. */
    public static boolean isWriteConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("40")))) {
                return true;
            }
            if (t instanceof PessimisticLockingFailureException && t.getCause() == null) {
                return true;
            }
        }
        return false;
    }
}
