package nl.kopgroep.agreement;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
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
 * The agreement register names who imported or edited each version (by e-mail). That is the only
 * personal data here: the download lists those versions, and erasure keeps the versions without the name.
 */
@Component
class AgreementPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    AgreementPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 50;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        String email = currentUser.require().email();
        export.add("agreement.versions", rows -> jdbc.sql(
                        "SELECT id, title, source_name, imported_at FROM agreement WHERE imported_by = ? ORDER BY imported_at, id")
                .param(email)
                .query((ResultSet rs) -> {
                    rows.accept(row("agreement", rs.getLong(1), "title", rs.getString(2), "source", rs.getString(3),
                            "at", DbTime.instant(rs, 4)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        return Map.of();
    }

    @Override
    public void erase(ErasureSubject person) {
        jdbc.sql("UPDATE agreement SET imported_by = '' WHERE imported_by = ?").param(person.email()).update();
    }
}
