package nl.kopgroep.goals;

import static nl.kopgroep.base.DbTime.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Goals, their links, key results and check-ins. */
@Repository
class GoalStore {

    record GoalRow(long id, long ownerId, long organisationId, GoalKind kind, String title, String description,
                   GoalStatus status) {
    }

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long owner, long organisation, GoalForm form, Map<String, String> commitmentTitles, Instant at) {
        jdbc.sql("""
                        INSERT INTO goal (owner_id, organisation_id, kind, title, description, status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'ON_TRACK', ?, ?)""")
                .params(owner, organisation, form.kind().name(), form.title(), form.description(), utc(at), utc(at)).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        linkCommitments(id, commitmentTitles);
        form.competencies().forEach(competency -> link(id, "COMPETENCY", competency, null));
        return id;
    }

    /** Replaces the goal's commitment links, remembering each commitment's title as it is now. */
    void linkCommitments(long goal, Map<String, String> commitmentTitles) {
        jdbc.sql("DELETE FROM goal_link WHERE goal_id = ? AND link_type = 'COMMITMENT'").param(goal).update();
        commitmentTitles.forEach((code, title) -> link(goal, "COMMITMENT", code, title));
    }

    private void link(long goal, String type, String target, String title) {
        jdbc.sql("INSERT INTO goal_link (goal_id, link_type, target, linked_title) VALUES (?, ?, ?, ?)")
                .params(goal, type, target, title).update();
    }

    /** The commitment links of these goals with the title each had when linked (null for links made before that was kept). */
    Map<Long, Map<String, String>> linkedTitles(Collection<Long> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, String>> result = new java.util.HashMap<>();
        jdbc.sql("SELECT goal_id, target, linked_title FROM goal_link WHERE link_type = 'COMMITMENT' AND goal_id IN (:goals)")
                .param("goals", goals)
                .query((java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return result;
    }

    Optional<GoalRow> goal(long id) {
        return jdbc.sql("SELECT id, owner_id, organisation_id, kind, title, description, status FROM goal WHERE id = ?")
                .param(id).query(GoalStore::row).optional();
    }

    List<GoalRow> ofOwner(long owner) {
        return jdbc.sql("SELECT id, owner_id, organisation_id, kind, title, description, status FROM goal "
                + "WHERE owner_id = ? ORDER BY created_at").param(owner).query(GoalStore::row).list();
    }

    List<GoalRow> workGoalsOf(long organisation) {
        return jdbc.sql("SELECT id, owner_id, organisation_id, kind, title, description, status FROM goal "
                + "WHERE organisation_id = ? AND kind = 'WORK' ORDER BY created_at").param(organisation)
                .query(GoalStore::row).list();
    }

    Map<Long, List<String>> links(Collection<Long> goals, String type) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT goal_id, target FROM goal_link WHERE link_type = :type AND goal_id IN (:goals) ORDER BY target")
                .param("type", type).param("goals", goals)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    long addKeyResult(long goal, KeyResultForm form) {
        int position = jdbc.sql("SELECT COUNT(*) FROM key_result WHERE goal_id = ?").param(goal).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO key_result (goal_id, title, unit, baseline, target, current_value, done, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(goal, form.title(), form.unit(), form.baseline(), form.target(), form.baseline(),
                        form.target() == null ? Boolean.FALSE : null, position)
                .update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    List<GoalView.KeyResult> keyResults(long goal) {
        return keyResults(List.of(goal)).getOrDefault(goal, List.of());
    }

    /** The key results of these goals in their order, per goal: one statement however many goals. */
    Map<Long, List<GoalView.KeyResult>> keyResults(Collection<Long> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<GoalView.KeyResult>> result = new java.util.HashMap<>();
        jdbc.sql("SELECT goal_id, id, title, unit, baseline, target, current_value, done, status FROM key_result "
                        + "WHERE goal_id IN (:goals) ORDER BY goal_id, position")
                .param("goals", goals)
                .query((java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new GoalView.KeyResult(
                            rs.getLong(2), rs.getString(3), rs.getString(4), strip(rs.getBigDecimal(5)),
                            strip(rs.getBigDecimal(6)), strip(rs.getBigDecimal(7)),
                            rs.getObject(8) == null ? null : rs.getBoolean(8),
                            rs.getString(9) == null ? null : GoalStatus.valueOf(rs.getString(9))));
                });
        return result;
    }

    void checkIn(long goal, CheckInForm form, Instant at) {
        jdbc.sql("INSERT INTO check_in (goal_id, created_at, status, confidence, explanation, evidence) VALUES (?, ?, ?, ?, ?, ?)")
                .params(goal, utc(at), form.status().name(), form.confidence(), form.explanation(), form.evidence()).update();
        long checkIn = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        jdbc.sql("UPDATE goal SET status = ?, updated_at = ? WHERE id = ?").params(form.status().name(), utc(at), goal).update();
        form.values().forEach((keyResult, value) -> jdbc.sql(
                "UPDATE key_result SET current_value = ? WHERE id = ? AND goal_id = ?").params(value, keyResult, goal).update());
        form.keyResultStatus().forEach((keyResult, status) -> jdbc.sql(
                "UPDATE key_result SET status = ? WHERE id = ? AND goal_id = ?").params(status.name(), keyResult, goal).update());
        form.done().forEach((keyResult, done) -> jdbc.sql(
                "UPDATE key_result SET done = ? WHERE id = ? AND goal_id = ? AND target IS NULL").params(done, keyResult, goal).update());
        jdbc.sql("""
                        INSERT INTO check_in_value (check_in_id, key_result_id, value, done, status)
                        SELECT ?, id, CASE WHEN target IS NULL THEN NULL ELSE current_value END, done, status
                        FROM key_result WHERE goal_id = ?""")
                .params(checkIn, goal).update();
    }

    /** The goal's check-ins, newest first, each with the key-result values it recorded. */
    List<CheckInRecord> history(long goal) {
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
                .query((rs, row) -> new CheckInRecord(DbTime.instant(rs, 2),
                        GoalStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6),
                        List.copyOf(values.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    void adjust(long goal, Long keyResult, String field, String oldValue, String newValue, String rationale, Instant at) {
        jdbc.sql("""
                        INSERT INTO goal_adjustment (goal_id, key_result_id, field, old_value, new_value, rationale, adjusted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(goal, keyResult, field, oldValue, newValue, rationale, utc(at)).update();
    }

    void updateGoal(long goal, String title, String description, Instant at) {
        jdbc.sql("UPDATE goal SET title = ?, description = ?, updated_at = ? WHERE id = ?")
                .params(title, description, utc(at), goal).update();
    }

    void updateTarget(long goal, long keyResult, BigDecimal target) {
        jdbc.sql("UPDATE key_result SET target = ? WHERE id = ? AND goal_id = ?").params(target, keyResult, goal).update();
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

    /** A comment as stored; the service puts the writer's name to it. */
    record Comment(UserId author, String body, Instant at) {
    }

    List<Comment> comments(long goal) {
        return jdbc.sql("SELECT author_id, body, created_at FROM goal_comment WHERE goal_id = ? ORDER BY created_at, id")
                .param(goal)
                .query((rs, row) -> new Comment(new UserId(rs.getLong(1)), rs.getString(2), DbTime.instant(rs, 3)))
                .list();
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

    private static GoalRow row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new GoalRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), GoalKind.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), GoalStatus.valueOf(rs.getString(7)));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
