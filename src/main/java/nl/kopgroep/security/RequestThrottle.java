package nl.kopgroep.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.Hashes;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most so many requests of one kind per subject (an e-mail address, a client address) per window, counted in
 * the database ({@code request_throttle}) so every node agrees: the counters are read with {@code FOR UPDATE} in
 * their own short transaction, in one order, so parallel requests are counted one after the other. A request is
 * counted against all its limits or none. Only hashes of the subjects are stored. Called by services that let
 * anonymous people ask for something that costs (a mail), e.g. "wachtwoord vergeten".
 */
@Component
public class RequestThrottle {

    /** One limit: at most {@code max} requests of {@code purpose} for {@code subject} per window. */
    public record Limit(String purpose, String subject, int max) {
        @Override
        public String toString() {
            return "Limit[" + purpose + ", max " + max + "]";
        }
    }

    private record Key(String purpose, String hash) {
    }

    private record Counter(@Nullable Instant windowStartedAt, int requests) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    RequestThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts the request against every limit and returns true, or — when any limit is reached within the
     * window — counts nothing and returns false.
     */
    public boolean allow(List<Limit> limits, Duration window) {
        List<Key> keys = limits.stream().map(limit -> new Key(limit.purpose(), Hashes.sha256Hex(limit.subject()))).toList();
        for (Key key : keys) {
            retried(() -> ownTransaction.execute(status -> jdbc.sql(
                            "INSERT IGNORE INTO request_throttle (purpose, subject, requests) VALUES (?, ?, 0)")
                    .params(key.purpose(), key.hash()).update()));
        }
        Boolean allowed = retried(() -> ownTransaction.execute(status -> {
            Instant now = clock.instant();
            Map<Key, Counter> locked = lock(keys);
            Map<Key, Counter> counted = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                Key key = keys.get(i);
                Counter counter = locked.getOrDefault(key, new Counter(null, 0));
                boolean fresh = counter.windowStartedAt() == null || !counter.windowStartedAt().plus(window).isAfter(now);
                Counter current = fresh ? new Counter(now, 0) : counter;
                if (current.requests() >= limits.get(i).max()) {
                    return false;
                }
                counted.put(key, new Counter(current.windowStartedAt(), current.requests() + 1));
            }
            // An upsert: the hourly clean-up may have removed a row between its insert and this lock.
            counted.forEach((key, counter) -> jdbc.sql("INSERT INTO request_throttle (purpose, subject, window_started_at,"
                            + " requests) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE window_started_at = VALUES(window_started_at),"
                            + " requests = VALUES(requests)")
                    .params(key.purpose(), key.hash(), DbTime.utc(counter.windowStartedAt()), counter.requests()).update());
            return true;
        }));
        return Boolean.TRUE.equals(allowed);
    }

    private Map<Key, Counter> lock(List<Key> keys) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Key key : keys.stream().sorted(Comparator.comparing(Key::purpose).thenComparing(Key::hash)).toList()) {
            where.append(where.isEmpty() ? "" : " OR ").append("(purpose = ? AND subject = ?)");
            params.add(key.purpose());
            params.add(key.hash());
        }
        Map<Key, Counter> counters = new HashMap<>();
        jdbc.sql("SELECT purpose, subject, window_started_at, requests FROM request_throttle WHERE " + where
                        + " ORDER BY purpose, subject FOR UPDATE")
                .params(params)
                .query((rs, row) -> Map.entry(new Key(rs.getString(1), rs.getString(2)),
                        new Counter(DbTime.instantOrNull(rs, 3), rs.getInt(4))))
                .list()
                .forEach(entry -> counters.put(entry.getKey(), entry.getValue()));
        return counters;
    }

    /** Forgets counters whose window ended a day ago (any node may run it). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    public void forgetOldCounters() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(1));
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                "DELETE FROM request_throttle WHERE window_started_at IS NULL OR window_started_at < ?")
                .param(DbTime.utc(cutoff)).update());
    }

    /** Runs a short transaction again when the database chose it as a deadlock victim (parallel inserts of one row). */
    private static <T> T retried(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
