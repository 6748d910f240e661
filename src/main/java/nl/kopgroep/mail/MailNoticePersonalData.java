package nl.kopgroep.mail;

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
 * Mail notices in a person's data: the lines noted for them (what, where it links, when, when delivered). At
 * erasure their own notices go, and so do the notices that still wait for others with their name in them
 * ("X deelde een reflectie met je"); a delivered notice that is kept for its once-only key loses the name.
 */
@Component
class MailNoticePersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    MailNoticePersonalData(JdbcClient jdbc, CurrentUser currentUser) {
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
        long me = currentUser.id().value();
        export.add("mail.notices", rows -> jdbc.sql("""
                        SELECT topic, line_key, arg1, arg2, link_path, created_at, delivered_at FROM mail_notice
                        WHERE recipient_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("topic", rs.getString(1), "line", rs.getString(2), "name", rs.getString(3),
                            "detail", rs.getString(4), "link", rs.getString(5), "at", DbTime.instant(rs, 6),
                            "deliveredAt", DbTime.instantOrNull(rs, 7)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("mail.notices", jdbc.sql("""
                        SELECT COUNT(*) FROM mail_notice WHERE recipient_id = ? OR (arg1 = ? AND delivered_at IS NULL)""")
                .param(person.id().value()).param(person.displayName()).query(Long.class).single());
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        jdbc.sql("DELETE FROM mail_notice WHERE recipient_id = ? OR (arg1 = ? AND delivered_at IS NULL)")
                .param(person.id().value()).param(person.displayName()).update();
        jdbc.sql("UPDATE mail_notice SET arg1 = '' WHERE arg1 = ?").param(person.displayName()).update();
    }
}
