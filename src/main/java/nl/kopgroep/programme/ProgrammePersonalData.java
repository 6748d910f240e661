package nl.kopgroep.programme;

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
 * The programme's share of a person's data: the lessons they completed, and the content syncs an
 * administrator started (which name them by e-mail). At erasure progress goes and the syncs keep no name.
 */
@Component
class ProgrammePersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ProgrammePersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 60;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("programme.lessonProgress", rows -> jdbc.sql("""
                        SELECT l.lesson_key, l.title, p.completed_at FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id
                        WHERE p.user_id = ? ORDER BY p.completed_at, p.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("lesson", rs.getString(1), "title", rs.getString(2), "at", DbTime.instant(rs, 3)));
                }));
        String email = currentUser.require().email();
        export.add("programme.contentSyncs", rows -> jdbc.sql(
                        "SELECT synced_at, successful FROM content_sync WHERE actor = ? ORDER BY synced_at, id")
                .param(email)
                .query((ResultSet rs) -> {
                    rows.accept(row("at", DbTime.instant(rs, 1), "successful", rs.getBoolean(2)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("programme.lessonProgress", jdbc.sql("SELECT COUNT(*) FROM lesson_progress WHERE user_id = ?")
                .param(person.id().value()).query(Long.class).single());
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        jdbc.sql("DELETE FROM lesson_progress WHERE user_id = ?").param(person.id().value()).update();
        jdbc.sql("UPDATE content_sync SET actor = '' WHERE actor = ?").param(person.email()).update();
    }
}
