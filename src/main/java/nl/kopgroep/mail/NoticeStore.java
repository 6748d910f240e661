package nl.kopgroep.mail;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_notice} table: what waits for a digest, and what was noted (for the once-only keys). */
@Repository
class NoticeStore {

    record Waiting(long id, UserId recipient, MailTopic topic, Notice notice, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when a notice with the same once-only key was noted for the person before */
    boolean add(UserId recipient, MailTopic topic, Notice notice, Instant now, @Nullable Instant deliveredAt) {
        return jdbc.sql("""
                        INSERT IGNORE INTO mail_notice (recipient_id, topic, line_key, arg1, arg2, link_path, ref_kind, ref_id,
                            dedupe_key, created_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(recipient.value()).param(topic.name()).param(notice.lineKey()).param(notice.arg1()).param(notice.arg2())
                .param(notice.linkPath()).param(notice.refKind()).param(notice.refId()).param(notice.dedupeKey())
                .param(DbTime.utc(now)).param(deliveredAt == null ? null : DbTime.utc(deliveredAt)).update() == 1;
    }

    /** The people with notices waiting, locked for this transaction (another node's digest skips them). */
    List<UserId> lockRecipientsWaiting(int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT recipient_id FROM mail_notice WHERE delivered_at IS NULL ORDER BY recipient_id LIMIT ?""")
                .param(limit).query((rs, row) -> new UserId(rs.getLong(1))).list();
    }

    /** A person's waiting notices, locked for this transaction. */
    List<Waiting> lockWaiting(UserId recipient) {
        return jdbc.sql("""
                        SELECT id, topic, line_key, arg1, arg2, link_path, ref_kind, ref_id, dedupe_key, created_at
                        FROM mail_notice WHERE recipient_id = ? AND delivered_at IS NULL ORDER BY created_at, id
                        FOR UPDATE SKIP LOCKED""")
                .param(recipient.value())
                .query((rs, row) -> new Waiting(rs.getLong(1), recipient, MailTopic.valueOf(rs.getString(2)),
                        new Notice(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getObject(8) == null ? null : rs.getLong(8), rs.getString(9)),
                        DbTime.instant(rs, 10)))
                .list();
    }

    void delivered(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE mail_notice SET delivered_at = :now WHERE id IN (:ids)")
                    .param("now", DbTime.utc(now)).param("ids", ids).update();
        }
    }

    /** Withdraws what still waits about something that is gone (or no longer the recipient's business). */
    int withdraw(String refKind, long refId) {
        return jdbc.sql("DELETE FROM mail_notice WHERE ref_kind = ? AND ref_id = ? AND delivered_at IS NULL")
                .param(refKind).param(refId).update();
    }

    int forgetDeliveredBefore(Instant before) {
        return jdbc.sql("DELETE FROM mail_notice WHERE delivered_at < ? AND dedupe_key IS NULL")
                .param(DbTime.utc(before)).update();
    }
}
