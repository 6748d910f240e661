package nl.kopgroep.joint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code joint_programme}, {@code joint_programme_member} and {@code joint_programme_cohort}. */
@Repository
class JointProgrammeStore {

    private static final String REF_COLUMNS = "p.id, p.name, p.regie_organisation_id";

    private final JdbcClient jdbc;

    JointProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JointProgrammeId create(String name, @Nullable String description, OrganisationId regie, @Nullable UserId by,
                            Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO joint_programme (name, description, regie_organisation_id, created_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, 0)""")
                .params(name, description, regie.value(), DbTime.utc(at), by == null ? null : by.value())
                .update(key);
        return new JointProgrammeId(key.getKeyAs(Number.class).longValue());
    }

    void addMember(JointProgrammeId programme, OrganisationId organisation, Instant at) {
        jdbc.sql("""
                INSERT IGNORE INTO joint_programme_member (joint_programme_id, organisation_id, joined_at)
                VALUES (?, ?, ?)""").params(programme.value(), organisation.value(), DbTime.utc(at)).update();
    }

    void attachCohort(JointProgrammeId programme, CohortId cohort, OrganisationId organisation, @Nullable UserId by,
                      Instant at) {
        jdbc.sql("""
                INSERT INTO joint_programme_cohort (cohort_id, joint_programme_id, organisation_id, added_at, added_by)
                VALUES (?, ?, ?, ?, ?)""")
                .params(cohort.value(), programme.value(), organisation.value(), DbTime.utc(at),
                        by == null ? null : by.value())
                .update();
    }

    Optional<JointProgrammeRef> find(JointProgrammeId programme) {
        return jdbc.sql("SELECT " + REF_COLUMNS + " FROM joint_programme p WHERE p.id = ?")
                .param(programme.value()).query(JointProgrammeStore::ref).optional();
    }

    Optional<JointProgrammeRef> ofCohort(CohortId cohort) {
        return jdbc.sql("SELECT " + REF_COLUMNS + """
                 FROM joint_programme p JOIN joint_programme_cohort c ON c.joint_programme_id = p.id
                WHERE c.cohort_id = ?""").param(cohort.value()).query(JointProgrammeStore::ref).optional();
    }

    /** The programmes the municipality takes part in (as regiegemeente or member), by name. */
    List<JointProgrammeRef> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("SELECT " + REF_COLUMNS + """
                 FROM joint_programme p
                WHERE p.regie_organisation_id = :org
                   OR EXISTS (SELECT 1 FROM joint_programme_member m
                               WHERE m.joint_programme_id = p.id AND m.organisation_id = :org)
                ORDER BY p.name, p.id""").param("org", organisation.value()).query(JointProgrammeStore::ref).list();
    }

    List<JointProgrammeRef> all() {
        return jdbc.sql("SELECT " + REF_COLUMNS + " FROM joint_programme p ORDER BY p.name, p.id")
                .query(JointProgrammeStore::ref).list();
    }

    /** The taking-part municipalities (the regiegemeente is always one of them). */
    List<OrganisationId> members(JointProgrammeId programme) {
        return jdbc.sql("""
                SELECT organisation_id FROM joint_programme_member WHERE joint_programme_id = ? ORDER BY organisation_id""")
                .param(programme.value()).query((rs, n) -> new OrganisationId(rs.getLong(1))).list();
    }

    /** The attached cohorts with their municipality. */
    Map<CohortId, OrganisationId> cohorts(JointProgrammeId programme) {
        Map<CohortId, OrganisationId> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT cohort_id, organisation_id FROM joint_programme_cohort WHERE joint_programme_id = ?
                ORDER BY organisation_id, cohort_id""").param(programme.value())
                .query(rs -> {
                    result.put(new CohortId(rs.getLong(1)), new OrganisationId(rs.getLong(2)));
                });
        return result;
    }

    /** For each of these cohorts that is attached, its programme. */
    Map<CohortId, JointProgrammeId> programmesOfCohorts(Collection<CohortId> cohorts) {
        Map<CohortId, JointProgrammeId> result = new LinkedHashMap<>();
        if (cohorts.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT cohort_id, joint_programme_id FROM joint_programme_cohort WHERE cohort_id IN (:cohorts)")
                .param("cohorts", cohorts.stream().map(CohortId::value).toList())
                .query(rs -> {
                    result.put(new CohortId(rs.getLong(1)), new JointProgrammeId(rs.getLong(2)));
                });
        return result;
    }

    void rename(JointProgrammeId programme, String name, @Nullable String description) {
        jdbc.sql("UPDATE joint_programme SET name = ?, description = ?, version = version + 1 WHERE id = ?")
                .params(name, description, programme.value()).update();
    }

    @Nullable String description(JointProgrammeId programme) {
        return jdbc.sql("SELECT description FROM joint_programme WHERE id = ?").param(programme.value())
                .query(String.class).optional().orElse(null);
    }

    void handOverRegie(JointProgrammeId programme, OrganisationId to) {
        jdbc.sql("UPDATE joint_programme SET regie_organisation_id = ?, version = version + 1 WHERE id = ?")
                .params(to.value(), programme.value()).update();
    }

    /** Takes a municipality out, with the cohorts it had attached. */
    void removeMember(JointProgrammeId programme, OrganisationId organisation) {
        jdbc.sql("DELETE FROM joint_programme_cohort WHERE joint_programme_id = ? AND organisation_id = ?")
                .params(programme.value(), organisation.value()).update();
        jdbc.sql("DELETE FROM joint_programme_member WHERE joint_programme_id = ? AND organisation_id = ?")
                .params(programme.value(), organisation.value()).update();
    }

    boolean detachCohort(JointProgrammeId programme, CohortId cohort) {
        return jdbc.sql("DELETE FROM joint_programme_cohort WHERE joint_programme_id = ? AND cohort_id = ?")
                .params(programme.value(), cohort.value()).update() > 0;
    }

    boolean exists(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM joint_programme WHERE name = ?").param(name).query(Long.class).single() > 0;
    }

    private static JointProgrammeRef ref(ResultSet rs, int row) throws SQLException {
        return new JointProgrammeRef(new JointProgrammeId(rs.getLong(1)), rs.getString(2),
                new OrganisationId(rs.getLong(3)));
    }
}
