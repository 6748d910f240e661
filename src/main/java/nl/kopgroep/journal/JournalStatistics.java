package nl.kopgroep.journal;

import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts of entries per cohort and month, in one statement; never a body, a title or an author. */
@Repository
class JournalStatistics {

    /** Entries written in one month of one cohort, and by how many different participants. */
    record Count(long entries, int writers) {
    }

    private final JdbcClient jdbc;

    JournalStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, TreeMap<YearMonth, Count>> perCohortAndMonth(long organisation, long cohort, LocalDateTime start,
                                                           LocalDateTime end) {
        Map<Long, TreeMap<YearMonth, Count>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT r.cohort_id, YEAR(r.created_at), MONTH(r.created_at), COUNT(*), COUNT(DISTINCT r.author_id)
                        FROM reflection r JOIN cohort c ON c.id = r.cohort_id
                        WHERE c.organisation_id = :org AND (:cohort = 0 OR r.cohort_id = :cohort)
                          AND r.created_at >= :start AND r.created_at < :end
                        GROUP BY r.cohort_id, YEAR(r.created_at), MONTH(r.created_at)""")
                .param("org", organisation).param("cohort", cohort).param("start", start).param("end", end)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), new Count(rs.getLong(4), rs.getInt(5)));
                });
        return result;
    }
}
