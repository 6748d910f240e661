package nl.kopgroep.mail;

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
 * Mail in a person's data: which mails went (or wait to go) to them — topic, subject, status and times, never a
 * body (it may hold a one-time link). At erasure the person's outbox rows go, also one still waiting; preferences,
 * notices and unsubscribe keys go with the account (foreign keys with cascade).
 */
@Component
class MailPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    MailPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 70;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        export.add("mail.received", rows -> jdbc.sql("""
                        SELECT topic, subject, status, created_at, sent_at FROM mail_outbox WHERE recipient_id = ?
                        ORDER BY created_at, id""")
                .param(currentUser.id().value())
                .query((ResultSet rs) -> {
                    rows.accept(row("topic", rs.getString(1), "subject", rs.getString(2), "status", rs.getString(3),
                            "at", DbTime.instant(rs, 4), "sentAt", DbTime.instantOrNull(rs, 5)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        return Map.of("mail.received", jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient_id = ?")
                .param(person.id().value()).query(Long.class).single());
    }

    @Override
    public void erase(ErasureSubject person) {
        jdbc.sql("DELETE FROM mail_outbox WHERE recipient_id = ?").param(person.id().value()).update();
    }
}
