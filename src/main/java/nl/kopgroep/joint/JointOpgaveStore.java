package nl.kopgroep.joint;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code joint_opgave} and {@code joint_opgave_goal}: a joint programme's shared opgaven and the goals linked. */
@Repository
class JointOpgaveStore {

    /** A goal linked to an opgave: ids only; the goal itself belongs to the goals feature. */
    record Link(long goal, long opgave, UserId owner, OrganisationId organisation) {
    }

    private final JdbcClient jdbc;

    JointOpgaveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(JointProgrammeId programme, String title, @Nullable String description, @Nullable UserId by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO joint_opgave (joint_programme_id, title, description, created_at, created_by)
                VALUES (?, ?, ?, ?, ?)""")
                .params(programme.value(), title, description, DbTime.utc(at), by == null ? null : by.value())
                .update(key);
        return key.getKeyAs(Number.class).longValue();
    }

    void change(long opgave, String title, @Nullable String description) {
        jdbc.sql("UPDATE joint_opgave SET title = ?, description = ? WHERE id = ?").params(title, description, opgave)
                .update();
    }

    void remove(long opgave) {
        jdbc.sql("DELETE FROM joint_opgave WHERE id = ?").param(opgave).update();
    }

    /** The programme an opgave belongs to, if it exists. */
    Optional<JointProgrammeId> programmeOf(long opgave) {
        return jdbc.sql("SELECT joint_programme_id FROM joint_opgave WHERE id = ?").param(opgave)
                .query((rs, n) -> new JointProgrammeId(rs.getLong(1))).optional();
    }

    List<JointOpgave> opgaven(JointProgrammeId programme) {
        return jdbc.sql("SELECT id, title, description FROM joint_opgave WHERE joint_programme_id = ? ORDER BY title, id")
                .param(programme.value())
                .query((rs, n) -> new JointOpgave(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Every goal linked to an opgave of the programme. */
    List<Link> links(JointProgrammeId programme) {
        return jdbc.sql("""
                SELECT l.goal_id, l.opgave_id, l.owner_id, l.organisation_id FROM joint_opgave_goal l
                JOIN joint_opgave o ON o.id = l.opgave_id WHERE o.joint_programme_id = ? ORDER BY l.goal_id""")
                .param(programme.value())
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), new UserId(rs.getLong(3)),
                        new OrganisationId(rs.getLong(4)))).list();
    }

    /** For each of these goals that is linked, its opgave. */
    Map<Long, Long> opgaveOf(Collection<Long> goals) {
        Map<Long, Long> result = new LinkedHashMap<>();
        if (goals.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT goal_id, opgave_id FROM joint_opgave_goal WHERE goal_id IN (:goals)").param("goals", goals)
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    /** Links the goal to the opgave, replacing a link it had. */
    void link(long goal, long opgave, UserId owner, OrganisationId organisation, Instant at) {
        jdbc.sql("DELETE FROM joint_opgave_goal WHERE goal_id = ?").param(goal).update();
        jdbc.sql("""
                INSERT INTO joint_opgave_goal (goal_id, opgave_id, owner_id, organisation_id, linked_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(goal, opgave, owner.value(), organisation.value(), DbTime.utc(at)).update();
    }

    boolean unlink(long goal, UserId owner) {
        return jdbc.sql("DELETE FROM joint_opgave_goal WHERE goal_id = ? AND owner_id = ?").params(goal, owner.value())
                .update() > 0;
    }

    /** Links of goals whose owner's municipality left the programme go with it. */
    void unlinkOrganisation(JointProgrammeId programme, OrganisationId organisation) {
        jdbc.sql("""
                DELETE FROM joint_opgave_goal WHERE organisation_id = ?
                AND opgave_id IN (SELECT id FROM joint_opgave WHERE joint_programme_id = ?)""")
                .params(organisation.value(), programme.value()).update();
    }
}
