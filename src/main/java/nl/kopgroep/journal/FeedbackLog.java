package nl.kopgroep.journal;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages under entries, oldest first. */
@Repository
class FeedbackLog {

    private final JdbcClient jdbc;

    FeedbackLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ReflectionId entry, UserId writer, String body, Instant at) {
        jdbc.sql("INSERT INTO reflection_feedback (reflection_id, author_id, body, created_at) VALUES (?, ?, ?, ?)")
                .params(entry.value(), writer.value(), body, DbTime.utc(at))
                .update();
    }

    /** One message as stored; the service puts the writer's name to it. No writer: an erased account. */
    record Message(@Nullable UserId writer, String body, Instant at) {
    }

    List<Message> of(ReflectionId entry) {
        return jdbc.sql("SELECT author_id, body, created_at FROM reflection_feedback WHERE reflection_id = ? "
                        + "ORDER BY created_at, id")
                .param(entry.value())
                .query((rs, row) -> new Message(userId(rs.getObject(1, Long.class)), rs.getString(2), DbTime.instant(rs, 3)))
                .list();
    }

    static @Nullable UserId userId(@Nullable Long id) {
        return id == null ? null : new UserId(id);
    }
}
