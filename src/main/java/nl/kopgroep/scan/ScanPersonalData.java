package nl.kopgroep.scan;

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
 * The scan's share of a person's data: a participant's scans with their own scores and, once a scan is closed, the
 * coach's (before that the coach's scores are not theirs to see); a coach's scores given. At erasure a participant's
 * scans go with every score in them; a coach's scores in a participant's scan stay without the coach's id.
 */
@Component
class ScanPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ScanPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 25;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("scan.scans", rows -> jdbc.sql("""
                        SELECT s.id, s.round, s.due_on, s.participant_submitted_at, s.coach_submitted_at
                        FROM competency_scan s WHERE s.participant_id = ? ORDER BY s.cohort_id, s.round""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("scan", rs.getLong(1), "round", rs.getInt(2), "dueOn", rs.getObject(3, java.time.LocalDate.class),
                            "submittedAt", DbTime.instantOrNull(rs, 4), "coachSubmittedAt", DbTime.instantOrNull(rs, 5)));
                }));
        export.add("scan.scores", rows -> jdbc.sql("""
                        SELECT c.scan_id, c.competency_code, c.scorer, c.level, c.evidence_kind, c.evidence_id, c.note, c.updated_at
                        FROM competency_score c JOIN competency_scan s ON s.id = c.scan_id WHERE s.participant_id = ?
                        AND (c.scorer = 'SELF' OR (s.participant_submitted_at IS NOT NULL AND s.coach_submitted_at IS NOT NULL))
                        ORDER BY s.round, c.scorer DESC, c.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("scan", rs.getLong(1), "competency", rs.getString(2), "scorer", rs.getString(3),
                            "level", rs.getObject(4, Integer.class),
                            "evidence", rs.getString(5) == null ? null : rs.getString(5) + " " + rs.getLong(6),
                            "note", rs.getString(7), "updatedAt", DbTime.instant(rs, 8)));
                }));
        export.add("scan.scoresGiven", rows -> jdbc.sql("""
                        SELECT c.scan_id, c.competency_code, c.level, c.note, c.updated_at FROM competency_score c
                        WHERE c.scorer_id = ? AND c.scorer = 'COACH' ORDER BY c.scan_id, c.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("scan", rs.getLong(1), "competency", rs.getString(2),
                            "level", rs.getObject(3, Integer.class), "note", rs.getString(4),
                            "updatedAt", DbTime.instant(rs, 5)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("scan.scans", count("SELECT COUNT(*) FROM competency_scan WHERE participant_id = ?", id));
        counts.put("scan.scoresAnonymised", count("""
                SELECT COUNT(*) FROM competency_score c JOIN competency_scan s ON s.id = c.scan_id
                WHERE c.scorer_id = ? AND s.participant_id <> ?""", id, id));
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("UPDATE competency_score SET scorer_id = NULL WHERE scorer_id = ?").param(id).update();
        jdbc.sql("UPDATE competency_scan SET coach_id = NULL WHERE coach_id = ?").param(id).update();
        // the scores go with the scan (ON DELETE CASCADE)
        jdbc.sql("DELETE FROM competency_scan WHERE participant_id = ?").param(id).update();
    }

    private long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }
}
