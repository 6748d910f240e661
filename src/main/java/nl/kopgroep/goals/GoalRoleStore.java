package nl.kopgroep.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.RoleTally;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The municipal roles of goals and check-ins (tables {@code goal_role}, {@code check_in_role}) and
 * their counts per quarter for the four-roles balance. Every count is one statement.
 */
@Repository
class GoalRoleStore {

    /** Counts of one owner's WORK goals (source GOALS) or check-ins on them (CHECK_INS) in a quarter with a role. */
    enum Source { GOALS, CHECK_INS }

    record OwnerTally(Source source, long owner, RoleTally tally) {
    }

    private final JdbcClient jdbc;

    GoalRoleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the goal's roles by these. */
    void tagGoal(long goal, Set<MunicipalRole> roles) {
        jdbc.sql("DELETE FROM goal_role WHERE goal_id = ?").param(goal).update();
        for (MunicipalRole role : roles) {
            jdbc.sql("INSERT INTO goal_role (goal_id, role) VALUES (?, ?)").params(goal, role.name()).update();
        }
    }

    void tagCheckIn(long checkIn, Set<MunicipalRole> roles) {
        for (MunicipalRole role : roles) {
            jdbc.sql("INSERT INTO check_in_role (check_in_id, role) VALUES (?, ?)").params(checkIn, role.name()).update();
        }
    }

    /** The roles of these goals, in the enum's order, per goal that has any. */
    Map<Long, List<MunicipalRole>> goalRoles(Collection<Long> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        return roles(jdbc.sql("SELECT goal_id, role FROM goal_role WHERE goal_id IN (:goals)").param("goals", goals));
    }

    /** The roles of each check-in of this goal that has any. */
    Map<Long, List<MunicipalRole>> checkInRoles(long goal) {
        return roles(jdbc.sql("SELECT r.check_in_id, r.role FROM check_in_role r JOIN check_in c ON c.id = r.check_in_id "
                + "WHERE c.goal_id = ?").param(goal));
    }

    private static Map<Long, List<MunicipalRole>> roles(JdbcClient.StatementSpec query) {
        Map<Long, List<MunicipalRole>> result = new HashMap<>();
        query.query((ResultSet rs) -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(MunicipalRole.valueOf(rs.getString(2)));
        });
        result.values().forEach(list -> list.sort(null));
        return result;
    }

    /** One owner's goals (WORK and LEARNING) created since {@code from}, per quarter and role. */
    List<RoleTally> goalTallies(long owner, LocalDateTime from) {
        return jdbc.sql("""
                        SELECT YEAR(g.created_at), QUARTER(g.created_at), r.role, COUNT(*)
                        FROM goal g LEFT JOIN goal_role r ON r.goal_id = g.id
                        WHERE g.owner_id = ? AND g.created_at >= ?
                        GROUP BY YEAR(g.created_at), QUARTER(g.created_at), r.role""")
                .params(owner, from).query((rs, n) -> tally(rs, 1)).list();
    }

    /** One owner's check-ins since {@code from}, per quarter and role. */
    List<RoleTally> checkInTallies(long owner, LocalDateTime from) {
        return jdbc.sql("""
                        SELECT YEAR(c.created_at), QUARTER(c.created_at), r.role, COUNT(*)
                        FROM check_in c JOIN goal g ON g.id = c.goal_id LEFT JOIN check_in_role r ON r.check_in_id = c.id
                        WHERE g.owner_id = ? AND c.created_at >= ?
                        GROUP BY YEAR(c.created_at), QUARTER(c.created_at), r.role""")
                .params(owner, from).query((rs, n) -> tally(rs, 1)).list();
    }

    /**
     * WORK goals created and check-ins on WORK goals in {@code [from, to)}, per owner, quarter and role,
     * of these owners in the organisation: one statement, never a LEARNING goal.
     */
    List<OwnerTally> workTallies(long organisation, Collection<Long> owners, LocalDateTime from, LocalDateTime to) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT 'GOALS', g.owner_id, YEAR(g.created_at), QUARTER(g.created_at), r.role, COUNT(*)
                        FROM goal g LEFT JOIN goal_role r ON r.goal_id = g.id
                        WHERE g.organisation_id = :org AND g.kind = 'WORK' AND g.owner_id IN (:owners)
                          AND g.created_at >= :from AND g.created_at < :to
                        GROUP BY g.owner_id, YEAR(g.created_at), QUARTER(g.created_at), r.role
                        UNION ALL
                        SELECT 'CHECK_INS', g.owner_id, YEAR(c.created_at), QUARTER(c.created_at), r.role, COUNT(*)
                        FROM check_in c JOIN goal g ON g.id = c.goal_id LEFT JOIN check_in_role r ON r.check_in_id = c.id
                        WHERE g.organisation_id = :org AND g.kind = 'WORK' AND g.owner_id IN (:owners)
                          AND c.created_at >= :from AND c.created_at < :to
                        GROUP BY g.owner_id, YEAR(c.created_at), QUARTER(c.created_at), r.role""")
                .param("org", organisation).param("owners", owners).param("from", from).param("to", to)
                .query((rs, n) -> new OwnerTally(Source.valueOf(rs.getString(1)), rs.getLong(2), tally(rs, 3))).list();
    }

    private static RoleTally tally(ResultSet rs, int first) throws SQLException {
        @Nullable String role = rs.getString(first + 2);
        return new RoleTally(new Quarter(rs.getInt(first), rs.getInt(first + 1)),
                role == null ? null : MunicipalRole.valueOf(role), rs.getLong(first + 3));
    }
}
