package nl.kopgroep.journal;

import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
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

    Map<Long, TreeMap<YearMonth, Count>> perCohortAndMonth(Collection<Long> cohorts, LocalDateTime start,
                                                           LocalDateTime end) {
        Map<Long, TreeMap<YearMonth, Count>> result = new HashMap<>();
        if (cohorts.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT cohort_id, YEAR(created_at), MONTH(created_at), COUNT(*), COUNT(DISTINCT author_id)
                        FROM reflection
                        WHERE cohort_id IN (:cohorts) AND created_at >= :start AND created_at < :end
                        GROUP BY cohort_id, YEAR(created_at), MONTH(created_at)""")
                .param("cohorts", cohorts).param("start", start).param("end", end)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), new Count(rs.getLong(4), rs.getInt(5)));
                });
        return result;
    }
}
