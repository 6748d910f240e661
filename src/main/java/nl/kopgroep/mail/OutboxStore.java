package nl.kopgroep.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
class OutboxStore {

    enum Status { PENDING, SENT, FAILED }

    record Pending(long id, String address, String topic, String locale, String subject, String text, String html,
                   @Nullable String unsubscribeUrl, String messageId, int attempts) {
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(@Nullable UserId recipient, @Nullable OrganisationId organisation, String address, MailTopic topic, Locale locale,
             RenderedMail mail, @Nullable String unsubscribeUrl, String messageId, Instant now) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient_id, organisation_id, address, topic, locale, subject, text_body,
                            html_body, unsubscribe_url, message_id, status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .param(recipient == null ? null : recipient.value())
                .param(organisation == null ? null : organisation.value())
                .param(address).param(topic.name()).param(locale.toLanguageTag()).param(abbreviated(mail.subject(), 300))
                .param(mail.text()).param(mail.html()).param(unsubscribeUrl).param(messageId)
                .param(DbTime.utc(now)).param(DbTime.utc(now)).update();
        return jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = ?").param(messageId).query(Long.class).single();
    }

    /**
     * The due mails, locked for this transaction; rows another node has locked are skipped, so two workers
     * never take the same mail.
     */
    List<Pending> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, address, topic, locale, subject, text_body, html_body, unsubscribe_url, message_id, attempts
                        FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id
                        LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(DbTime.utc(now)).param(limit)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10)))
                .list();
    }

    /** Sent: the bodies go (they may hold a one-time link); who, what topic and when stay for a while. */
    void sent(long id, Instant now) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, text_body = NULL,
                            html_body = NULL, last_error = NULL WHERE id = ?""")
                .param(DbTime.utc(now)).param(id).update();
    }

    void retryLater(long id, Instant next, String error) {
        jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .param(DbTime.utc(next)).param(abbreviated(error, 500)).param(id).update();
    }

    /**
     * Given up: the address was refused or every attempt failed. The bodies stay, so an administrator can have the
     * mail sent again once the address is corrected ({@link #requeue}); {@link #forgetFailedBodiesBefore} clears them
     * when the mail is given up for good (after {@code kopgroep.mail.keep-sent}).
     */
    void failed(long id, String error) {
        jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?")
                .param(abbreviated(error, 500)).param(id).update();
    }

    /**
     * A failed mail of one of these municipalities back in the queue, to this (corrected) address, with fresh
     * attempts. Only a failed row that still has its bodies qualifies.
     *
     * @return whether the row was put back
     */
    boolean requeue(long id, Set<OrganisationId> organisations, String address, Instant now) {
        if (organisations.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = NULL,
                            address = :address
                        WHERE id = :id AND status = 'FAILED' AND text_body IS NOT NULL AND organisation_id IN (:organisations)""")
                .param("now", DbTime.utc(now)).param("address", address).param("id", id)
                .param("organisations", organisations.stream().map(OrganisationId::value).toList()).update() == 1;
    }

    /** Failed mails older than this are given up for good: their bodies (which may hold a link) go. */
    int forgetFailedBodiesBefore(Instant before) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET text_body = NULL, html_body = NULL
                        WHERE status = 'FAILED' AND created_at < ? AND text_body IS NOT NULL""")
                .param(DbTime.utc(before)).update();
    }

    int forgetSentBefore(Instant before) {
        return jdbc.sql("DELETE FROM mail_outbox WHERE status = 'SENT' AND sent_at < ?").param(DbTime.utc(before)).update();
    }

    List<UndeliveredMail> failures(Set<OrganisationId> organisations, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, recipient_id, address, topic, created_at, attempts, last_error, text_body IS NOT NULL
                        FROM mail_outbox
                        WHERE status = 'FAILED' AND organisation_id IN (:organisations) ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("organisations", organisations.stream().map(OrganisationId::value).toList()).param("limit", limit)
                .query((rs, row) -> new UndeliveredMail(rs.getLong(1), rs.getObject(2) == null ? null : new UserId(rs.getLong(2)),
                        rs.getString(3), MailTopic.valueOf(rs.getString(4)), DbTime.instant(rs, 5), rs.getInt(6), rs.getString(7),
                        rs.getBoolean(8)))
                .list();
    }

    long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'").query(Long.class).single();
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
