package nl.kopgroep.review;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.ReflectionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews, the comment library and coach notes; every query is scoped to one coach. */
@Repository
class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> reviewedBy(UserId coach) {
        return jdbc.sql("SELECT reflection_id FROM reflection_review WHERE coach_id = ?").param(coach.value())
                .query(Long.class).set();
    }

    void review(ReflectionId entry, UserId coach, Depth depth, Instant at) {
        int updated = jdbc.sql("UPDATE reflection_review SET depth = ?, reviewed_at = ? WHERE reflection_id = ? AND coach_id = ?")
                .params(depth == null ? null : depth.name(), utc(at), entry.value(), coach.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO reflection_review (reflection_id, coach_id, depth, reviewed_at) VALUES (?, ?, ?, ?)")
                    .params(entry.value(), coach.value(), depth == null ? null : depth.name(), utc(at)).update();
        }
    }

    Optional<Depth> depth(ReflectionId entry, UserId coach) {
        return jdbc.sql("SELECT depth FROM reflection_review WHERE reflection_id = ? AND coach_id = ?")
                .params(entry.value(), coach.value()).query(String.class).optional()
                .filter(d -> d != null && !d.isBlank()).map(Depth::valueOf);
    }

    List<CommentTemplate> comments(UserId coach) {
        return jdbc.sql("SELECT id, body FROM comment_template WHERE coach_id = ? ORDER BY body")
                .param(coach.value()).query((rs, row) -> new CommentTemplate(rs.getLong(1), rs.getString(2))).list();
    }

    void addComment(UserId coach, String body, Instant at) {
        jdbc.sql("INSERT INTO comment_template (coach_id, body, created_at) VALUES (?, ?, ?)")
                .params(coach.value(), body, utc(at)).update();
    }

    int removeComment(UserId coach, long id) {
        return jdbc.sql("DELETE FROM comment_template WHERE id = ? AND coach_id = ?").params(id, coach.value()).update();
    }

    List<CoachNote> notes(UserId coach, UserId participant) {
        return jdbc.sql("SELECT id, body, created_at FROM coach_note WHERE coach_id = ? AND participant_id = ? "
                        + "ORDER BY created_at DESC, id DESC")
                .params(coach.value(), participant.value())
                .query((rs, row) -> new CoachNote(rs.getLong(1), rs.getString(2),
                        DbTime.instant(rs, 3)))
                .list();
    }

    void addNote(UserId coach, UserId participant, String body, Instant at) {
        jdbc.sql("INSERT INTO coach_note (coach_id, participant_id, body, created_at) VALUES (?, ?, ?, ?)")
                .params(coach.value(), participant.value(), body, utc(at)).update();
    }

}
