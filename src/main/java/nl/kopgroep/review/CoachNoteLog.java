package nl.kopgroep.review;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A coach's private notes about a coachee: appended, read by that coach only. */
@Repository
class CoachNoteLog {

    private final JdbcClient jdbc;

    CoachNoteLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
