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

/** Counts of entries, each in one statement; never a body or a title, and for management never an author. */
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

    /**
     * One author's entries written since {@code from}, per quarter and municipal role (none: role null),
     * all of them or only those shared with their coaches (COACH or GROUP): counts only, one statement.
     */
    java.util.List<nl.kopgroep.base.RoleTally> roleTallies(long author, boolean sharedOnly, LocalDateTime from) {
        return jdbc.sql("SELECT YEAR(created_at), QUARTER(created_at), municipal_role, COUNT(*) FROM reflection "
                        + "WHERE author_id = ? AND created_at >= ?"
                        + (sharedOnly ? " AND visibility IN ('COACH', 'GROUP')" : "")
                        + " GROUP BY YEAR(created_at), QUARTER(created_at), municipal_role")
                .params(author, from)
                .query((rs, n) -> new nl.kopgroep.base.RoleTally(new nl.kopgroep.base.Quarter(rs.getInt(1), rs.getInt(2)),
                        rs.getString(3) == null ? null : nl.kopgroep.base.MunicipalRole.valueOf(rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }
}
