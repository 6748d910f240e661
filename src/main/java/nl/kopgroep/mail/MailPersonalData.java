package nl.kopgroep.mail;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.privacy.RetentionSettings;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Mail in a person's data: their preferences, what was noted for their digest, and the mails sent (or waiting, or
 * failed) to them — topic, subject, address, status and times, never a mail's text (it may hold a one-time link).
 * Erasure removes all of their rows, including their unsubscribe key, the lines still waiting for others that name
 * them, and takes their name out of kept notices and mails waiting for others. Retention (the nightly job): delivered
 * digest notices go after {@code kopgroep.mail.keep-sent} (the ones that keep a reminder from coming twice stay while
 * the person does); so do sent mails, and the text of a failed mail nobody sent again.
 */
@Component
class MailPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final NoticeStore notices;
    private final OutboxStore outbox;
    private final MailSettings settings;

    MailPersonalData(JdbcClient jdbc, CurrentUser currentUser, NoticeStore notices, OutboxStore outbox, MailSettings settings) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.notices = notices;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public int erasureOrder() {
        return 80;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("mail.preferences", rows -> jdbc.sql("""
                        SELECT topic, frequency, changed_at FROM mail_preference WHERE user_id = ? ORDER BY topic""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("topic", rs.getString(1), "frequency", rs.getString(2), "changedAt", DbTime.instant(rs, 3)));
                }));
        export.add("mail.notices", rows -> jdbc.sql("""
                        SELECT topic, line_key, link_path, created_at, delivered_at FROM mail_notice WHERE recipient_id = ?
                        ORDER BY created_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("topic", rs.getString(1), "about", rs.getString(2), "link", rs.getString(3),
                            "at", DbTime.instant(rs, 4), "deliveredAt", DbTime.instantOrNull(rs, 5)));
                }));
        export.add("mail.sent", rows -> jdbc.sql("""
                        SELECT topic, subject, address, status, attempts, created_at, sent_at FROM mail_outbox
                        WHERE recipient_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("topic", rs.getString(1), "subject", rs.getString(2), "address", rs.getString(3),
                            "status", rs.getString(4), "attempts", rs.getInt(5), "at", DbTime.instant(rs, 6),
                            "sentAt", DbTime.instantOrNull(rs, 7)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("mail.sent", jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient_id = ? OR address = ?")
                .param(person.id().value()).param(person.email()).query(Long.class).single());
        counts.put("mail.notices", jdbc.sql("SELECT COUNT(*) FROM mail_notice WHERE recipient_id = ?")
                .param(person.id().value()).query(Long.class).single());
        counts.put("mail.preferences", jdbc.sql("SELECT COUNT(*) FROM mail_preference WHERE user_id = ?")
                .param(person.id().value()).query(Long.class).single());
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("DELETE FROM mail_outbox WHERE recipient_id = ? OR address = ?").param(id).param(person.email()).update();
        jdbc.sql("DELETE FROM mail_notice WHERE recipient_id = ?").param(id).update();
        jdbc.sql("DELETE FROM mail_preference WHERE user_id = ?").param(id).update();
        jdbc.sql("DELETE FROM mail_subscriber WHERE user_id = ?").param(id).update();
        // What others get may name them ("Nieuwe reflectie van …"): the name goes.
        String name = person.displayName();
        if (!name.isBlank()) {
            // A line still waiting for someone else's digest about them points at what is being erased: it goes;
            // a delivered one kept for its once-only key stays without the name.
            jdbc.sql("DELETE FROM mail_notice WHERE delivered_at IS NULL AND (arg1 = ? OR arg2 = ?)").param(name).param(name).update();
            jdbc.sql("UPDATE mail_notice SET arg1 = '' WHERE arg1 = ?").param(name).update();
            jdbc.sql("UPDATE mail_notice SET arg2 = '' WHERE arg2 = ?").param(name).update();
            jdbc.sql("""
                            UPDATE mail_outbox SET subject = REPLACE(subject, :name, '…'), text_body = REPLACE(text_body, :name, '…'),
                                html_body = REPLACE(html_body, :html, '…')
                            WHERE subject LIKE :like OR text_body LIKE :like OR html_body LIKE :htmlLike""")
                    .param("name", name).param("html", org.springframework.web.util.HtmlUtils.htmlEscape(name, "UTF-8"))
                    .param("like", "%" + name + "%")
                    .param("htmlLike", "%" + org.springframework.web.util.HtmlUtils.htmlEscape(name, "UTF-8") + "%").update();
        }
    }

    @Override
    public int applyRetention(RetentionSettings retention, Instant now) {
        Instant before = now.minus(settings.keepSent());
        return notices.forgetDeliveredBefore(before) + outbox.forgetSentBefore(before) + outbox.forgetFailedBodiesBefore(before);
    }
}
