package nl.kopgroep.goals;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.SmallGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goal facts for scheduled jobs that run without a signed-in person (management's monthly mail): ids only, never a
 * title, an explanation or evidence. Like the other directories it is no security boundary and views never use it.
 */
@Component
@Transactional(readOnly = true)
public class GoalDirectory {

    private final JdbcClient jdbc;

    GoalDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The municipalities whose dashboard has new WORK-goal check-ins in this period, from at least
     * {@link SmallGroups#MIN_PEOPLE} people (DD009: a note about fewer would point at someone).
     */
    public Set<OrganisationId> withNewWorkCheckIns(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT g.organisation_id FROM check_in c JOIN goal g ON g.id = c.goal_id
                        WHERE g.kind = 'WORK' AND c.created_at >= ? AND c.created_at < ?
                        GROUP BY g.organisation_id HAVING COUNT(DISTINCT g.owner_id) >= ?""")
                .param(DbTime.utc(from)).param(DbTime.utc(to)).param(SmallGroups.MIN_PEOPLE)
                .query(Long.class).list().stream().map(OrganisationId::new).collect(Collectors.toSet());
    }

    /**
     * The ids of each owner's goals, oldest first, for code that runs without a signed-in person (the
     * verbindingskaart's demo data links ties to them). Ids only.
     */
    public java.util.Map<nl.kopgroep.base.UserId, java.util.List<Long>> goalIdsOf(
            java.util.Collection<nl.kopgroep.base.UserId> owners) {
        java.util.Map<nl.kopgroep.base.UserId, java.util.List<Long>> ids = new java.util.HashMap<>();
        if (owners.isEmpty()) {
            return ids;
        }
        jdbc.sql("SELECT owner_id, id FROM goal WHERE owner_id IN (:owners) ORDER BY created_at, id")
                .param("owners", owners.stream().map(nl.kopgroep.base.UserId::value).toList())
                .query((java.sql.ResultSet rs) -> {
                    ids.computeIfAbsent(new nl.kopgroep.base.UserId(rs.getLong(1)), o -> new java.util.ArrayList<>())
                            .add(rs.getLong(2));
                });
        return ids;
    }

    /** What another feature may know of a WORK goal: whose, in which municipality, its status. No title. */
    public record WorkGoalFact(long goal, nl.kopgroep.base.UserId owner, OrganisationId organisation, GoalStatus status) {
    }

    /**
     * The facts of these goals that are WORK goals (issue 15: the joint programme's opgaven count them per
     * municipality); LEARNING goals and unknown ids are left out. One statement.
     */
    public java.util.Map<Long, WorkGoalFact> workGoalFacts(java.util.Collection<Long> goals) {
        java.util.Map<Long, WorkGoalFact> facts = new java.util.LinkedHashMap<>();
        if (goals.isEmpty()) {
            return facts;
        }
        jdbc.sql("SELECT id, owner_id, organisation_id, status FROM goal WHERE kind = 'WORK' AND id IN (:ids) ORDER BY id")
                .param("ids", goals)
                .query((java.sql.ResultSet rs) -> {
                    facts.put(rs.getLong(1), new WorkGoalFact(rs.getLong(1), new nl.kopgroep.base.UserId(rs.getLong(2)),
                            new OrganisationId(rs.getLong(3)), GoalStatus.valueOf(rs.getString(4))));
                });
        return facts;
    }
}
