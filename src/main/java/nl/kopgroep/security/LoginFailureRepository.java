package nl.kopgroep.security;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins as counters in the database ({@code login_throttle}), so every node behind the load
 * balancer sees the same counts. A counter is read with {@code FOR UPDATE}: whoever holds the lock counts
 * the attempt, so parallel attempts are counted one after the other.
 */
@Repository
class LoginFailureRepository {

    /** What a counter counts: one account from one address, one account from anywhere, one address for any account. */
    enum Kind { PAIR, ACCOUNT, ADDRESS }

    /** One counter's key; the subject is a SHA-256 hex, never a typed name or an address. */
    record Key(Kind kind, String subject) {
    }

    /** One counter's state. */
    record Counter(int failures, @Nullable Instant lastFailureAt, @Nullable Instant nextAttemptAt,
                   @Nullable Instant lastSuccessAt) {
        static final Counter EMPTY = new Counter(0, null, null, null);
    }

    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the counter exists (each in its own short transaction, before any lock is taken). */
    int ensure(Key key) {
        return jdbc.sql("INSERT IGNORE INTO login_throttle (subject_kind, subject, failures) VALUES (?, ?, 0)")
                .params(key.kind().name(), key.subject())
                .update();
    }

    /**
     * Locks the counters until the transaction ends and returns them. Rows are locked in primary-key
     * order, whatever the order of {@code keys}, so two attempts never wait for each other in a circle.
     */
    Map<Key, Counter> lock(List<Key> keys) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Key key : keys) {
            where.append(where.isEmpty() ? "" : " OR ").append("(subject_kind = ? AND subject = ?)");
            params.add(key.kind().name());
            params.add(key.subject());
        }
        Map<Key, Counter> counters = new HashMap<>();
        jdbc.sql("SELECT subject_kind, subject, failures, last_failure_at, next_attempt_at, last_success_at"
                        + " FROM login_throttle WHERE " + where + " ORDER BY subject_kind, subject FOR UPDATE")
                .params(params)
                .query((rs, row) -> Map.entry(new Key(Kind.valueOf(rs.getString(1)), rs.getString(2)),
                        new Counter(rs.getInt(3), DbTime.instantOrNull(rs, 4), DbTime.instantOrNull(rs, 5),
                                DbTime.instantOrNull(rs, 6))))
                .list()
                .forEach(entry -> counters.put(entry.getKey(), entry.getValue()));
        return counters;
    }

    void save(Key key, Counter counter) {
        jdbc.sql("UPDATE login_throttle SET failures = ?, last_failure_at = ?, next_attempt_at = ?, last_success_at = ?"
                        + " WHERE subject_kind = ? AND subject = ?")
                .params(counter.failures(), time(counter.lastFailureAt()), time(counter.nextAttemptAt()),
                        time(counter.lastSuccessAt()), key.kind().name(), key.subject())
                .update();
    }

    /** Counters that have seen no failure since {@code failureCutoff} and no success since {@code successCutoff}. */
    int deleteForgotten(Instant failureCutoff, Instant successCutoff) {
        return jdbc.sql("DELETE FROM login_throttle WHERE (last_failure_at IS NULL OR last_failure_at < ?)"
                        + " AND (last_success_at IS NULL OR last_success_at < ?)")
                .params(utc(failureCutoff), utc(successCutoff))
                .update();
    }

    private static @Nullable Object time(@Nullable Instant instant) {
        return instant == null ? null : utc(instant);
    }
}
