package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    record Row(long id, String title, String owner) {
    }

    record Activity(int checkIns, @Nullable String evidence, @Nullable Instant evidenceAt) {
    }

    record KeyResultAt(BigDecimal baseline, BigDecimal target, @Nullable BigDecimal value, @Nullable Boolean done) {
    }

    private final JdbcClient jdbc;

    GoalProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The WORK goals of the organisation (or of one of its cohorts) that existed at the end of the period. */
    private static String workGoals(String g) {
        return g + ".organisation_id = :org AND " + g + ".kind = 'WORK' AND " + g + ".created_at < :end AND (:cohort = 0 OR "
                + g + ".owner_id IN (SELECT m.user_id FROM cohort_member m JOIN cohort h ON h.id = m.cohort_id "
                + "WHERE m.cohort_id = :cohort AND h.organisation_id = :org AND m.member_role = 'PARTICIPANT'))";
    }

    private JdbcClient.StatementSpec sql(String sql, long org, long cohort, LocalDateTime start, LocalDateTime end) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("org", org).param("cohort", cohort).param("end", end);
        return sql.contains(":start") ? spec.param("start", start) : spec;
    }

    Map<Long, Row> goals(long org, long cohort, LocalDateTime start, LocalDateTime end) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        sql("SELECT g.id, g.title, u.display_name FROM goal g JOIN app_user u ON u.id = g.owner_id WHERE "
                + workGoals("g") + " ORDER BY g.created_at, g.id", org, cohort, start, end)
                .query((ResultSet rs) -> {
                    rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
        return rows;
    }

    Map<Long, List<String>> commitments(long org, long cohort, LocalDateTime start, LocalDateTime end) {
        Map<Long, List<String>> links = new HashMap<>();
        sql("SELECT l.goal_id, l.target FROM goal_link l JOIN goal g ON g.id = l.goal_id WHERE l.link_type = 'COMMITMENT' AND "
                + workGoals("g") + " ORDER BY l.target", org, cohort, start, end)
                .query((ResultSet rs) -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return links;
    }

    /** Each goal's status at its latest check-in before the end of the period. */
    Map<Long, GoalStatus> statusAt(long org, long cohort, LocalDateTime start, LocalDateTime end) {
        Map<Long, GoalStatus> status = new HashMap<>();
        sql("SELECT goal_id, status FROM (SELECT c.goal_id, c.status, ROW_NUMBER() OVER "
                + "(PARTITION BY c.goal_id ORDER BY c.created_at DESC, c.id DESC) rn FROM check_in c JOIN goal g ON g.id = c.goal_id "
                + "WHERE c.created_at < :end AND " + workGoals("g") + ") t WHERE rn = 1", org, cohort, start, end)
                .query((ResultSet rs) -> {
                    status.put(rs.getLong(1), GoalStatus.valueOf(rs.getString(2)));
                });
        return status;
    }

    /** Per goal: check-ins within the period and the latest evidence given in it. */
    Map<Long, Activity> activity(long org, long cohort, LocalDateTime start, LocalDateTime end) {
        Map<Long, Activity> activity = new HashMap<>();
        sql("SELECT goal_id, n, evidence, created_at FROM (SELECT c.goal_id, c.evidence, c.created_at, "
                + "COUNT(*) OVER (PARTITION BY c.goal_id) n, ROW_NUMBER() OVER (PARTITION BY c.goal_id "
                + "ORDER BY (c.evidence IS NULL OR c.evidence = ''), c.created_at DESC, c.id DESC) rn "
                + "FROM check_in c JOIN goal g ON g.id = c.goal_id WHERE c.created_at >= :start AND c.created_at < :end AND "
                + workGoals("g") + ") t WHERE rn = 1", org, cohort, start, end)
                .query((ResultSet rs) -> {
                    String evidence = rs.getString(3);
                    boolean given = evidence != null && !evidence.isBlank();
                    activity.put(rs.getLong(1), new Activity(rs.getInt(2), given ? evidence : null,
                            given ? rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC) : null));
                });
        return activity;
    }

    /**
     * Every key result of the goals with its value at the end of the period: the one recorded at the
     * latest check-in before it, else the current value when the period runs to today, else the baseline.
     */
    Map<Long, List<KeyResultAt>> keyResultsAt(long org, long cohort, LocalDateTime start, LocalDateTime end,
                                              boolean endIsNow) {
        Map<Long, List<KeyResultAt>> results = new HashMap<>();
        sql("SELECT k.goal_id, k.baseline, k.target, k.current_value, k.done, v.value, v.done, v.key_result_id "
                + "FROM key_result k JOIN goal g ON g.id = k.goal_id LEFT JOIN (SELECT key_result_id, value, done FROM "
                + "(SELECT cv.key_result_id, cv.value, cv.done, ROW_NUMBER() OVER (PARTITION BY cv.key_result_id "
                + "ORDER BY c.created_at DESC, c.id DESC) rn FROM check_in_value cv JOIN check_in c ON c.id = cv.check_in_id "
                + "JOIN goal g2 ON g2.id = c.goal_id WHERE c.created_at < :end AND " + workGoals("g2") + ") x WHERE rn = 1) v "
                + "ON v.key_result_id = k.id WHERE " + workGoals("g"), org, cohort, start, end)
                .query((ResultSet rs) -> {
                    boolean recorded = rs.getObject(8) != null;
                    BigDecimal baseline = rs.getBigDecimal(2);
                    BigDecimal value = recorded ? rs.getBigDecimal(6) : endIsNow ? rs.getBigDecimal(4) : baseline;
                    Object done = recorded ? rs.getObject(7) : endIsNow ? rs.getObject(5) : Boolean.FALSE;
                    results.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new KeyResultAt(baseline,
                            rs.getBigDecimal(3), value, done == null ? null : (Boolean) (done instanceof Number n
                            ? n.intValue() != 0 : done)));
                });
        return results;
    }

    /** Check-ins on WORK goals per month of the period, with the number of participants who checked in. */
    TreeMap<YearMonth, int[]> checkInsPerMonth(long org, long cohort, LocalDateTime start, LocalDateTime end) {
        TreeMap<YearMonth, int[]> months = new TreeMap<>();
        sql("SELECT YEAR(c.created_at), MONTH(c.created_at), COUNT(*), COUNT(DISTINCT g.owner_id) FROM check_in c "
                + "JOIN goal g ON g.id = c.goal_id WHERE c.created_at >= :start AND c.created_at < :end AND " + workGoals("g")
                + " GROUP BY YEAR(c.created_at), MONTH(c.created_at)", org, cohort, start, end)
                .query((ResultSet rs) -> {
                    months.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), new int[] {rs.getInt(3), rs.getInt(4)});
                });
        return months;
    }
}
