package nl.kopgroep.organisation;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.privacy.PrivacyAccounts;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The account's share of a person's data: profile, roles, cohorts, coach assignments both ways. It is
 * erased last: memberships, assignments, open links and the account row itself. Also answers the
 * privacy feature's questions about accounts ({@link PrivacyAccounts}).
 */
@Component
class OrganisationPersonalData implements PersonalDataPart, PrivacyAccounts {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    OrganisationPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 100;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("organisation.profile", rows -> jdbc.sql("""
                        SELECT u.display_name, u.email, o.name, u.preferred_locale, u.active, u.created_at, u.deactivated_at,
                               u.password_hash IS NOT NULL,
                               (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ') FROM user_role r WHERE r.user_id = u.id)
                        FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = ?""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("name", rs.getString(1), "email", rs.getString(2), "organisation", rs.getString(3),
                            "language", rs.getString(4), "active", rs.getBoolean(5), "createdAt", DbTime.instant(rs, 6),
                            "deactivatedAt", DbTime.instantOrNull(rs, 7), "passwordSet", rs.getBoolean(8),
                            "roles", rs.getString(9)));
                }));
        export.add("organisation.cohorts", rows -> jdbc.sql("""
                        SELECT c.name, c.start_date, m.member_role FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id
                        WHERE m.user_id = ? ORDER BY c.start_date, c.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("cohort", rs.getString(1), "startDate", rs.getObject(2, java.time.LocalDate.class),
                            "role", rs.getString(3)));
                }));
        export.add("organisation.coachAssignments", rows -> jdbc.sql("""
                        SELECT c.name, a.coach_id = :me, coach.display_name, participant.display_name FROM coach_assignment a
                        JOIN cohort c ON c.id = a.cohort_id JOIN app_user coach ON coach.id = a.coach_id
                        JOIN app_user participant ON participant.id = a.participant_id
                        WHERE a.coach_id = :me OR a.participant_id = :me ORDER BY c.id, a.id""")
                .param("me", me)
                .query((ResultSet rs) -> {
                    rows.accept(row("cohort", rs.getString(1), "youAreCoach", rs.getBoolean(2), "coach", rs.getString(3),
                            "participant", rs.getString(4)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("organisation.account", jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = ?").param(id)
                .query(Long.class).single());
        counts.put("organisation.cohorts", jdbc.sql("SELECT COUNT(*) FROM cohort_member WHERE user_id = ?").param(id)
                .query(Long.class).single());
        counts.put("organisation.coachAssignments", jdbc.sql(
                        "SELECT COUNT(*) FROM coach_assignment WHERE coach_id = ? OR participant_id = ?")
                .params(id, id).query(Long.class).single());
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("DELETE FROM coach_assignment WHERE coach_id = ? OR participant_id = ?").params(id, id).update();
        jdbc.sql("DELETE FROM cohort_member WHERE user_id = ?").param(id).update();
        jdbc.sql("DELETE FROM account_token WHERE user_id = ?").param(id).update();
        jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(id).update();
        jdbc.sql("DELETE FROM app_user WHERE id = ?").param(id).update();
    }

    // --- PrivacyAccounts ---------------------------------------------------------------------------

    @Override
    public Optional<ErasureSubject> subject(UserId person) {
        return jdbc.sql("SELECT id, organisation_id, display_name, email, active, deactivated_at FROM app_user WHERE id = ?")
                .param(person.value())
                .query((rs, row) -> new ErasureSubject(new UserId(rs.getLong(1)), new OrganisationId(rs.getLong(2)),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5), DbTime.instantOrNull(rs, 6)))
                .optional();
    }

    @Override
    public List<UserId> deactivatedBefore(Instant moment) {
        return jdbc.sql("SELECT id FROM app_user WHERE active = FALSE AND deactivated_at < ? ORDER BY deactivated_at, id")
                .param(DbTime.utc(moment))
                .query((rs, row) -> new UserId(rs.getLong(1))).list();
    }
}
