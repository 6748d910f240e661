package nl.kopgroep.sessions;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The sessions' share of a person's data: their sign-ups (status, place on the waiting list, attendance), the cases
 * they brought, the sessions they facilitate, their calendar feeds (when made and revoked, never the token). At erasure
 * sign-ups, cases, facilitating and feeds go; sessions, links and recordings they added stay without their id.
 */
@Component
class SessionPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    SessionPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 22;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("sessions.signups", rows -> jdbc.sql("""
                        SELECT s.id, s.title, s.starts_at, g.status, g.position, g.attended, g.signed_up_at
                        FROM session_signup g JOIN planned_session s ON s.id = g.session_id WHERE g.user_id = ?
                        ORDER BY s.starts_at, s.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("session", rs.getLong(1), "title", rs.getString(2), "startsAt", DbTime.instant(rs, 3),
                            "status", rs.getString(4), "position", rs.getObject(5, Integer.class),
                            "attended", rs.getBoolean(6), "signedUpAt", DbTime.instant(rs, 7)));
                }));
        export.add("sessions.cases", rows -> jdbc.sql("""
                        SELECT session_id, situation, question, municipal_role, submitted_at FROM session_case
                        WHERE user_id = ? ORDER BY submitted_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("session", rs.getLong(1), "situation", rs.getString(2), "question", rs.getString(3),
                            "role", rs.getString(4), "submittedAt", DbTime.instant(rs, 5)));
                }));
        export.add("sessions.facilitating", rows -> jdbc.sql("""
                        SELECT s.id, s.title, s.starts_at FROM session_facilitator f JOIN planned_session s ON s.id = f.session_id
                        WHERE f.user_id = ? ORDER BY s.starts_at, s.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("session", rs.getLong(1), "title", rs.getString(2), "startsAt", DbTime.instant(rs, 3)));
                }));
        export.add("sessions.feeds", rows -> jdbc.sql("""
                        SELECT created_at, revoked_at FROM calendar_feed WHERE user_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("createdAt", DbTime.instant(rs, 1), "revokedAt", DbTime.instantOrNull(rs, 2)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("sessions.signups", count("SELECT COUNT(*) FROM session_signup WHERE user_id = ?", id));
        counts.put("sessions.cases", count("SELECT COUNT(*) FROM session_case WHERE user_id = ?", id));
        counts.put("sessions.facilitating", count("SELECT COUNT(*) FROM session_facilitator WHERE user_id = ?", id));
        counts.put("sessions.feeds", count("SELECT COUNT(*) FROM calendar_feed WHERE user_id = ?", id));
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("DELETE FROM session_case WHERE user_id = ?").param(id).update();
        jdbc.sql("DELETE FROM session_signup WHERE user_id = ?").param(id).update();
        jdbc.sql("UPDATE session_signup SET invited_by = NULL WHERE invited_by = ?").param(id).update();
        jdbc.sql("DELETE FROM session_facilitator WHERE user_id = ?").param(id).update();
        jdbc.sql("DELETE FROM calendar_feed WHERE user_id = ?").param(id).update();
        jdbc.sql("UPDATE planned_session SET created_by = NULL WHERE created_by = ?").param(id).update();
        jdbc.sql("UPDATE session_link SET added_by = NULL WHERE added_by = ?").param(id).update();
        jdbc.sql("UPDATE session_recording SET added_by = NULL WHERE added_by = ?").param(id).update();
    }

    private long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }
}
