package nl.kopgroep.base.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs the whole transactional method again when the database gave up its transaction for a write conflict: an
 * InnoDB deadlock, or — on a Galera cluster — a write set that lost certification against another node's at
 * COMMIT (both MariaDB error 1213, SQLState 40001). Spring's retry advice sits outside the transaction advice, so
 * each attempt is a fresh transaction that sees the other side's committed work; a method that is already inside a
 * caller's transaction is not retried (that transaction is lost; its outermost method decides), see
 * {@link WriteConflicts}. Few attempts with a small jittered back-off: conflicts are rare and short.
 *
 * <p>Only for methods whose every effect is in the database transaction (no mail sent, no file written before
 * COMMIT), so a failed attempt leaves nothing behind and a retried one cannot double the user's input.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = WriteConflicts.class, maxRetries = 3, delay = 20, jitter = 15, multiplier = 2, maxDelay = 200)
public @interface RetryOnWriteConflict {
}
