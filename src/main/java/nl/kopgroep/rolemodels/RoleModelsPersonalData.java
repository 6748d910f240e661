package nl.kopgroep.rolemodels;

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
 * The role models' share of a person's data: the requests they made (with their question and the answer). At
 * erasure their requests go; a role-model entry linked to their account loses the link (the entry is the
 * municipality's, kept with the role model's own consent), and their name leaves the answers and consents they
 * recorded.
 */
@Component
class RoleModelsPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    RoleModelsPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 15;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        export.add("roleModels.requests", rows -> jdbc.sql("""
                        SELECT r.id, m.name, r.question, r.status, r.answer, r.meeting_on, r.created_at
                        FROM role_model_request r JOIN role_model m ON m.id = r.role_model_id
                        WHERE r.participant_id = ? ORDER BY r.created_at, r.id""")
                .param(currentUser.id().value())
                .query((ResultSet rs) -> {
                    rows.accept(row("request", rs.getLong(1), "roleModel", rs.getString(2), "question", rs.getString(3),
                            "status", rs.getString(4), "answer", rs.getString(5),
                            "meetingOn", rs.getObject(6, java.time.LocalDate.class), "createdAt", DbTime.instant(rs, 7)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("roleModels.requests", count("SELECT COUNT(*) FROM role_model_request WHERE participant_id = ?", id));
        counts.put("roleModels.accountLinks", count("SELECT COUNT(*) FROM role_model WHERE account_id = ?", id));
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("DELETE FROM role_model_request WHERE participant_id = ?").param(id).update();
        jdbc.sql("UPDATE role_model_request SET answered_by = NULL WHERE answered_by = ?").param(id).update();
        jdbc.sql("UPDATE role_model SET account_id = NULL, routing = 'ADMIN' WHERE account_id = ?").param(id).update();
        jdbc.sql("UPDATE role_model SET consent_by = NULL WHERE consent_by = ?").param(id).update();
    }

    private long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }
}
