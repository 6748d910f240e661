package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.kopgroep.base.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregate reads behind the management dashboard and reports: a fixed number of statements,
 * whatever the number of participants, goals or check-ins. WORK goals only; a learning goal never
 * enters these queries.
 */
@Repository
class GoalProgressStore {

    /** Raw figures of one WORK goal; the service turns them into a {@link WorkGoalProgress}. */
    record Row(long id, String title, long ownerId) {
    }

    /**
     * Which WORK goals: those of the organisation that existed at the end of the period, of all its
     * participants ({@code owners} null) or of these owners only (a cohort's participants).
     */
    record Scope(long org, @Nullable Collection<Long> owners, LocalDateTime start, LocalDateTime end) {
    }

    record Activity(int checkIns, @Nullable String evidence, @Nullable Instant evidenceAt) {
    }

    record KeyResultAt(BigDecimal baseline, BigDecimal target, @Nullable BigDecimal value, @Nullable Boolean done) {
    }

    private final JdbcClient jdbc;

    GoalProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The condition for the scope's WORK goals on goal alias {@code g}; the owner filter is filled in by {@link #sql}. */
    private static String workGoals(String g) {
        return g + ".organisation_id = :org AND " + g + ".kind = 'WORK' AND " + g + ".created_at < :end" + OWNERS + g + "}";
    }

    private static final String OWNERS = "{owners:";
    private static final Pattern OWNER_FILTER = Pattern.compile("\\{owners:(\\w+)}");

    private JdbcClient.StatementSpec sql(String sql, Scope scope) {
        String filled = OWNER_FILTER.matcher(sql).replaceAll(scope.owners() == null ? "" : " AND $1.owner_id IN (:owners)");
        JdbcClient.StatementSpec spec = jdbc.sql(filled).param("org", scope.org()).param("end", scope.end());
        if (scope.owners() != null) {
            spec = spec.param("owners", scope.owners());
        }
        return filled.contains(":start") ? spec.param("start", scope.start()) : spec;
    }

    /**
     * Everything about each goal of the scope in one statement (issue 16: five before): the goal, its commitment
     * links, the status of its latest check-in before the end of the period, and its activity within the period.
     */
    record Goal(Row row, List<String> commitments, @Nullable GoalStatus status, Activity activity) {
    }

    private static final String LINK_SEPARATOR = "\n";

    Map<Long, Goal> goalsWithActivity(Scope scope) {
        Map<Long, Goal> goals = new LinkedHashMap<>();
        // The latest check-in and the latest evidence of each goal in a grouped derived table, so MariaDB looks each up
        // once per goal: as a join condition the evidence subquery ran up to three times per goal, reading the
        // check-ins' rows each time (issue 16). Only numbers in the derived table and the period's order taken from it:
        // the commitment links (a TEXT from GROUP_CONCAT) in a temporary table made MariaDB write it to disk.
        sql("SELECT g.id, g.title, g.owner_id, (SELECT GROUP_CONCAT(l.target ORDER BY l.target SEPARATOR '"
                + LINK_SEPARATOR + "') FROM goal_link l WHERE l.goal_id = g.id AND l.link_type = 'COMMITMENT'), s.status, "
                + "(SELECT COUNT(*) FROM check_in c WHERE c.goal_id = g.id AND c.created_at >= :start AND c.created_at < :end), "
                + "e.evidence, e.created_at FROM (SELECT g.id, g.created_at, " + LATEST + " AS latest, "
                + "(SELECT c3.id FROM check_in c3 WHERE c3.goal_id = g.id AND c3.created_at >= :start "
                + "AND c3.created_at < :end AND c3.evidence IS NOT NULL AND c3.evidence <> '' "
                + "ORDER BY c3.created_at DESC, c3.id DESC LIMIT 1) AS evidence FROM goal g WHERE " + workGoals("g")
                + " GROUP BY g.created_at, g.id) x JOIN goal g ON g.id = x.id LEFT JOIN check_in s ON s.id = x.latest "
                + "LEFT JOIN check_in e ON e.id = x.evidence ORDER BY x.created_at, x.id", scope)
                .query((ResultSet rs) -> {
                    String links = rs.getString(4);
                    String status = rs.getString(5);
                    String evidence = rs.getString(7);
                    goals.put(rs.getLong(1), new Goal(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)),
                            links == null ? List.of() : List.of(links.split("\n")),
                            status == null ? null : GoalStatus.valueOf(status),
                            new Activity(rs.getInt(6), evidence, evidence == null ? null : DbTime.instant(rs, 8))));
                });
        return goals;
    }

    /**
     * Every key result of the scope's goals with its value at the end of the period, in one statement (issue 16):
     * the value recorded at the goal's latest check-in before the end, else the current value when the period runs
     * to today, else the baseline.
     */
    Map<Long, List<KeyResultAt>> keyResultsAt(Scope scope, boolean endIsNow) {
        Map<Long, List<KeyResultAt>> results = new HashMap<>();
        // the latest check-in once per goal (a grouped derived table): in the join condition MariaDB ran the subquery
        // for every key result up to three times, or for every value of the key result with stale statistics (issue 16)
        sql("SELECT k.goal_id, k.id, k.baseline, k.target, k.current_value, k.done, cv.check_in_id, cv.value, cv.done "
                + "FROM (SELECT g.id, " + LATEST + " AS latest FROM goal g WHERE " + workGoals("g") + " GROUP BY g.id) lg "
                + "JOIN key_result k ON k.goal_id = lg.id "
                + "LEFT JOIN check_in_value cv ON cv.check_in_id = lg.latest AND cv.key_result_id = k.id", scope)
                .query((ResultSet rs) -> {
                    long goal = rs.getLong(1);
                    BigDecimal baseline = rs.getBigDecimal(3);
                    Boolean currentDone = bool(rs, 6);
                    rs.getLong(7);
                    boolean recorded = !rs.wasNull();
                    Boolean done = recorded ? bool(rs, 9) : endIsNow ? currentDone : Boolean.FALSE;
                    BigDecimal value = recorded ? rs.getBigDecimal(8) : endIsNow ? rs.getBigDecimal(5) : baseline;
                    results.computeIfAbsent(goal, k -> new ArrayList<>()).add(new KeyResultAt(baseline, rs.getBigDecimal(4),
                            value, done));
                });
        return results;
    }

    /**
     * The latest check-in before the end of the period of goal {@code g}: one index lookup per goal, when it stands in
     * the select list of a query over the goals (a grouped derived table: MariaDB merges an ungrouped one into the
     * outer query and runs the subquery again per joined row).
     */
    private static final String LATEST = "(SELECT c2.id FROM check_in c2 WHERE c2.goal_id = g.id AND c2.created_at < :end "
            + "ORDER BY c2.created_at DESC, c2.id DESC LIMIT 1)";

    private static @Nullable Boolean bool(ResultSet rs, int column) throws java.sql.SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** Check-ins on WORK goals per month of the period, with the number of participants who checked in. */
    TreeMap<YearMonth, int[]> checkInsPerMonth(Scope scope) {
        TreeMap<YearMonth, int[]> months = new TreeMap<>();
        sql("SELECT YEAR(c.created_at), MONTH(c.created_at), COUNT(*), COUNT(DISTINCT g.owner_id) FROM check_in c "
                + "JOIN goal g ON g.id = c.goal_id WHERE c.created_at >= :start AND c.created_at < :end AND " + workGoals("g")
                + " GROUP BY YEAR(c.created_at), MONTH(c.created_at)", scope)
                .query((ResultSet rs) -> {
                    months.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), new int[] {rs.getInt(3), rs.getInt(4)});
                });
        return months;
    }
}
