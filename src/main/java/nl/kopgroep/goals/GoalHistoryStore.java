package nl.kopgroep.goals;

import static nl.kopgroep.base.DbTime.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The logs around a {@link Goal}, in plain SQL: its check-ins with the key-result values each
 * recorded, the adjustments with their rationale, and the comments. Rows are only added, never
 * changed; the goal itself is saved through {@link GoalRepository} in the same transaction.
 */
@Repository
class GoalHistoryStore {

    private final JdbcClient jdbc;

    GoalHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Logs a check-in with every key result of the goal as it stands after it (the goal already changed); its id. */
    long checkIn(long goal, CheckInForm form, List<KeyResult> keyResults, Instant at) {
        jdbc.sql("INSERT INTO check_in (goal_id, created_at, status, confidence, explanation, evidence) VALUES (?, ?, ?, ?, ?, ?)")
                .params(goal, utc(at), form.status().name(), form.confidence(), form.explanation(), form.evidence()).update();
        long checkIn = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        for (KeyResult result : keyResults) {
            jdbc.sql("INSERT INTO check_in_value (check_in_id, key_result_id, value, done, status) VALUES (?, ?, ?, ?, ?)")
                    .params(checkIn, result.id(), result.measured() ? result.current() : null, result.done(),
                            result.status() == null ? null : result.status().name())
                    .update();
        }
        return checkIn;
    }

    /** The goal's check-ins, newest first, each with the key-result values it recorded and its roles (per check-in id). */
    List<CheckInRecord> history(long goal, Map<Long, List<nl.kopgroep.base.MunicipalRole>> roles) {
        Map<Long, List<CheckInRecord.Value>> values = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT v.check_in_id, k.title, k.unit, v.value, v.done, v.status FROM check_in_value v
                        JOIN check_in c ON c.id = v.check_in_id JOIN key_result k ON k.id = v.key_result_id
                        WHERE c.goal_id = ? ORDER BY k.position""")
                .param(goal)
                .query((java.sql.ResultSet rs) -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new CheckInRecord.Value(
                            rs.getString(2), rs.getString(3), strip(rs.getBigDecimal(4)),
                            rs.getObject(5) == null ? null : rs.getBoolean(5),
                            rs.getString(6) == null ? null : GoalStatus.valueOf(rs.getString(6))));
                });
        return jdbc.sql("SELECT id, created_at, status, confidence, explanation, evidence FROM check_in "
                        + "WHERE goal_id = ? ORDER BY created_at DESC, id DESC")
                .param(goal)
                .query((rs, row) -> new CheckInRecord(rs.getLong(1), DbTime.instant(rs, 2),
                        GoalStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6),
                        List.copyOf(values.getOrDefault(rs.getLong(1), List.of())),
                        List.copyOf(roles.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    void adjust(long goal, Long keyResult, String field, String oldValue, String newValue, String rationale, Instant at) {
        jdbc.sql("""
                        INSERT INTO goal_adjustment (goal_id, key_result_id, field, old_value, new_value, rationale, adjusted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(goal, keyResult, field, oldValue, newValue, rationale, utc(at)).update();
    }

    /** The adjustments of these goals in the order they were made, per goal. */
    Map<Long, List<Adjustment>> adjustments(Collection<Long> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Adjustment>> result = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT a.goal_id, a.field, k.title, a.old_value, a.new_value, a.rationale, a.adjusted_at
                        FROM goal_adjustment a LEFT JOIN key_result k ON k.id = a.key_result_id
                        WHERE a.goal_id IN (:goals) ORDER BY a.adjusted_at, a.id""")
                .param("goals", goals)
                .query((java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new Adjustment(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            DbTime.instant(rs, 7)));
                });
        return result;
    }

    void comment(long goal, long author, String body, Instant at) {
        jdbc.sql("INSERT INTO goal_comment (goal_id, author_id, body, created_at) VALUES (?, ?, ?, ?)")
                .params(goal, author, body, utc(at)).update();
    }

    /** A comment as stored; the service puts the writer's name to it. No author: an erased account. */
    record Comment(@org.jspecify.annotations.Nullable UserId author, String body, Instant at) {
    }


    /** The comments under each of these goals (a goal without any is left out), oldest first. */
    Map<Long, List<Comment>> comments(Collection<Long> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Comment>> result = new java.util.HashMap<>();
        jdbc.sql("SELECT goal_id, author_id, body, created_at FROM goal_comment WHERE goal_id IN (:goals) ORDER BY created_at, id")
                .param("goals", goals)
                .query((java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), goal -> new java.util.ArrayList<>()).add(new Comment(
                            rs.getObject(2, Long.class) == null ? null : new UserId(rs.getLong(2)), rs.getString(3),
                            DbTime.instant(rs, 4)));
                });
        return result;
    }

    /** The moment of the latest check-in of each of these goals that has one. */
    Map<Long, Instant> lastCheckIns(Collection<Long> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> result = new java.util.HashMap<>();
        jdbc.sql("SELECT goal_id, MAX(created_at) FROM check_in WHERE goal_id IN (:goals) GROUP BY goal_id")
                .param("goals", goals)
                .query((java.sql.ResultSet rs) -> {
                    result.put(rs.getLong(1), DbTime.instant(rs, 2));
                });
        return result;
    }

    /** Every goal of this owner, in the order they were made, with the moment of its latest check-in (null: none). */
    List<DueCheckIn> lastCheckInOfOwnGoals(long owner) {
        return jdbc.sql("""
                        SELECT g.id, g.title, (SELECT MAX(c.created_at) FROM check_in c WHERE c.goal_id = g.id)
                        FROM goal g WHERE g.owner_id = ? ORDER BY g.created_at, g.id""")
                .param(owner)
                .query((rs, row) -> new DueCheckIn(rs.getLong(1), rs.getString(2),
                        DbTime.instantOrNull(rs, 3)))
                .list();
    }

    /** Per owner: goals, goals without a check-in since {@code dueBefore}, and goals not on track. */
    Map<Long, int[]> goalCountsByOwner(Collection<Long> owners, Instant dueBefore) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        Map<Long, int[]> result = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT g.owner_id, COUNT(*),
                               SUM(CASE WHEN COALESCE((SELECT MAX(c.created_at) FROM check_in c WHERE c.goal_id = g.id),
                                                      '1000-01-01') < :due THEN 1 ELSE 0 END),
                               SUM(CASE WHEN g.status <> 'ON_TRACK' THEN 1 ELSE 0 END)
                        FROM goal g WHERE g.owner_id IN (:owners) GROUP BY g.owner_id""")
                .param("owners", owners).param("due", utc(dueBefore))
                .query((java.sql.ResultSet rs) -> {
                    result.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        return result;
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
