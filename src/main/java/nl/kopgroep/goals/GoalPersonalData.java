package nl.kopgroep.goals;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The goals' share of a person's data: their goals with links and municipal roles, key results, check-ins
 * (with the values each recorded and their roles), adjustments and the comments under them, and the comments they wrote under someone
 * else's goal. At erasure their goals go with everything under them; a coach's comment under a
 * participant's goal stays in the participant's record without the coach's id.
 */
@Component
class GoalPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;

    GoalPersonalData(JdbcClient jdbc, CurrentUser currentUser, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Override
    public int erasureOrder() {
        return 40;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("goals.goals", rows -> jdbc.sql("""
                        SELECT g.id, g.kind, g.title, g.description, g.status, g.created_at, g.updated_at,
                               (SELECT GROUP_CONCAT(CONCAT(l.link_type, ' ', l.target) ORDER BY l.id SEPARATOR ', ')
                                FROM goal_link l WHERE l.goal_id = g.id),
                               (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ') FROM goal_role r WHERE r.goal_id = g.id)
                        FROM goal g WHERE g.owner_id = ? ORDER BY g.created_at, g.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("goal", rs.getLong(1), "kind", rs.getString(2), "title", rs.getString(3),
                            "description", rs.getString(4), "status", rs.getString(5), "createdAt", DbTime.instant(rs, 6),
                            "updatedAt", DbTime.instant(rs, 7), "links", rs.getString(8), "municipalRoles", rs.getString(9)));
                }));
        export.add("goals.keyResults", rows -> jdbc.sql("""
                        SELECT k.goal_id, k.id, k.title, k.unit, k.baseline, k.target, k.current_value, k.done, k.status
                        FROM key_result k JOIN goal g ON g.id = k.goal_id WHERE g.owner_id = ? ORDER BY k.goal_id, k.position""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("goal", rs.getLong(1), "keyResult", rs.getLong(2), "title", rs.getString(3),
                            "unit", rs.getString(4), "baseline", rs.getBigDecimal(5), "target", rs.getBigDecimal(6),
                            "current", rs.getBigDecimal(7), "done", rs.getObject(8, Boolean.class), "status", rs.getString(9)));
                }));
        export.add("goals.checkIns", rows -> jdbc.sql("""
                        SELECT c.goal_id, c.id, c.created_at, c.status, c.confidence, c.explanation, c.evidence,
                               (SELECT GROUP_CONCAT(CONCAT(v.key_result_id, ': ', COALESCE(v.value, ''), ' ', COALESCE(v.status, ''))
                                        ORDER BY v.id SEPARATOR '; ') FROM check_in_value v WHERE v.check_in_id = c.id),
                               (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ') FROM check_in_role r WHERE r.check_in_id = c.id)
                        FROM check_in c JOIN goal g ON g.id = c.goal_id WHERE g.owner_id = ? ORDER BY c.created_at, c.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("goal", rs.getLong(1), "checkIn", rs.getLong(2), "at", DbTime.instant(rs, 3),
                            "status", rs.getString(4), "confidence", rs.getInt(5), "explanation", rs.getString(6),
                            "evidence", rs.getString(7), "keyResultValues", rs.getString(8),
                            "municipalRoles", rs.getString(9)));
                }));
        export.add("goals.adjustments", rows -> jdbc.sql("""
                        SELECT a.goal_id, a.key_result_id, a.field, a.old_value, a.new_value, a.rationale, a.adjusted_at
                        FROM goal_adjustment a JOIN goal g ON g.id = a.goal_id WHERE g.owner_id = ? ORDER BY a.adjusted_at, a.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("goal", rs.getLong(1), "keyResult", rs.getObject(2, Long.class), "field", rs.getString(3),
                            "oldValue", rs.getString(4), "newValue", rs.getString(5), "rationale", rs.getString(6),
                            "at", DbTime.instant(rs, 7)));
                }));
        export.add("goals.comments", rows -> {
            List<UserId> writers = jdbc.sql("""
                            SELECT DISTINCT c.author_id FROM goal_comment c JOIN goal g ON g.id = c.goal_id
                            WHERE g.owner_id = ?""")
                    .param(me).query((rs, n) -> rs.getObject(1, Long.class)).list().stream()
                    .filter(Objects::nonNull).map(UserId::new).toList();
            Map<UserId, String> names = directory.displayNames(writers);
            jdbc.sql("""
                            SELECT c.goal_id, c.author_id, c.body, c.created_at FROM goal_comment c
                            JOIN goal g ON g.id = c.goal_id WHERE g.owner_id = ? ORDER BY c.created_at, c.id""")
                    .param(me)
                    .query((ResultSet rs) -> {
                        Long writer = rs.getObject(2, Long.class);
                        rows.accept(row("goal", rs.getLong(1),
                                "writer", writer == null ? "" : names.getOrDefault(new UserId(writer), ""),
                                "body", rs.getString(3), "at", DbTime.instant(rs, 4)));
                    });
        });
        export.add("goals.commentsGiven", rows -> jdbc.sql("""
                        SELECT c.goal_id, c.body, c.created_at FROM goal_comment c JOIN goal g ON g.id = c.goal_id
                        WHERE c.author_id = ? AND g.owner_id <> c.author_id ORDER BY c.created_at, c.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("goal", rs.getLong(1), "body", rs.getString(2), "at", DbTime.instant(rs, 3)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("goals.goals", count("SELECT COUNT(*) FROM goal WHERE owner_id = ?", id));
        counts.put("goals.checkIns", count("SELECT COUNT(*) FROM check_in c JOIN goal g ON g.id = c.goal_id WHERE g.owner_id = ?", id));
        counts.put("goals.commentsAnonymised", count("""
                SELECT COUNT(*) FROM goal_comment c JOIN goal g ON g.id = c.goal_id
                WHERE c.author_id = ? AND g.owner_id <> c.author_id""", id));
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("""
                        UPDATE goal_comment SET author_id = NULL
                        WHERE author_id = ? AND goal_id NOT IN (SELECT g.id FROM goal g WHERE g.owner_id = ?)""")
                .params(id, id).update();
        // key results, links, check-ins with their values, adjustments and comments go with the goal (ON DELETE CASCADE)
        jdbc.sql("DELETE FROM goal WHERE owner_id = ?").param(id).update();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
