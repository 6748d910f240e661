package nl.kopgroep.journal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.kopgroep.base.UserId;
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
                .params(entry.value(), writer.value(), body, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    List<FeedbackMessage> of(ReflectionId entry, UserId entryAuthor) {
        return jdbc.sql("SELECT u.display_name, f.author_id, f.body, f.created_at FROM reflection_feedback f "
                        + "JOIN app_user u ON u.id = f.author_id WHERE f.reflection_id = ? ORDER BY f.created_at, f.id")
                .param(entry.value())
                .query((rs, row) -> new FeedbackMessage(rs.getString(1), rs.getLong(2) == entryAuthor.value(),
                        rs.getString(3), rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }
}
