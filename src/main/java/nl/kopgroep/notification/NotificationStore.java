package nl.kopgroep.notification;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.ReflectionId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications, always read and changed per recipient. */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UserId recipient, NotificationKind kind, String actor, NotificationTarget target, Instant at) {
        jdbc.sql("INSERT INTO notification (recipient_id, kind, actor_name, target_kind, target_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(recipient.value(), kind.name(), cut(actor), target.kind().name(), target.id(), utc(at))
                .update();
    }

    /** Every notification, of anyone, that points at this entry. */
    void removeAbout(ReflectionId entry) {
        jdbc.sql("DELETE FROM notification WHERE target_kind IN (:kinds) AND target_id = :entry")
                .param("kinds", List.of(NotificationTarget.Kind.OWN_ENTRY.name(), NotificationTarget.Kind.COACHEE_ENTRY.name()))
                .param("entry", entry.value()).update();
    }

    /** The coaches' bell items about a map whose owner made it private (the owner's own items stay). */
    void removeCoacheeMapItems(UserId owner) {
        jdbc.sql("DELETE FROM notification WHERE target_kind = ? AND target_id = ?")
                .params(NotificationTarget.Kind.COACHEE_MAP.name(), owner.value()).update();
    }

    long unread(UserId recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND read_at IS NULL")
                .param(recipient.value()).query(Long.class).single();
    }

    List<NotificationItem> recent(UserId recipient, int limit) {
        return jdbc.sql("SELECT id, kind, actor_name, target_kind, target_id, created_at, read_at FROM notification "
                        + "WHERE recipient_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(recipient.value(), limit)
                .query((rs, row) -> new NotificationItem(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        rs.getString(3), target(rs.getString(4), rs.getObject(5, Long.class)),
                        DbTime.instant(rs, 6), rs.getObject(7) != null))
                .list();
    }

    void markAllRead(UserId recipient, Instant at) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
                .params(utc(at), recipient.value()).update();
    }

    /** Empty for a row the migration could not read an address from: its text is still shown, without a link. */
    private static @Nullable NotificationTarget target(@Nullable String kind, @Nullable Long id) {
        return kind == null || id == null ? null : new NotificationTarget(NotificationTarget.Kind.valueOf(kind), id);
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }
}
