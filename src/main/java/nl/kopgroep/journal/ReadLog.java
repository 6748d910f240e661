package nl.kopgroep.journal;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every read of an entry by someone other than its author. Append-only. */
@Repository
class ReadLog {

    private final JdbcClient jdbc;

    ReadLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ReflectionId entry, UserId reader, Instant at) {
        jdbc.sql("INSERT INTO reflection_read (reflection_id, reader_id, read_at) VALUES (?, ?, ?)")
                .params(entry.value(), reader.value(), DbTime.utc(at))
                .update();
    }

    /** A read of the entry: who and when; the service puts the reader's name to it. No reader: an erased account. */
    record Read(@org.jspecify.annotations.Nullable UserId reader, Instant at) {
    }

    List<Read> readsOf(ReflectionId entry) {
        return jdbc.sql("SELECT reader_id, read_at FROM reflection_read WHERE reflection_id = ? ORDER BY read_at DESC, id DESC")
                .param(entry.value())
                .query((rs, row) -> new Read(FeedbackLog.userId(rs.getObject(1, Long.class)), DbTime.instant(rs, 2)))
                .list();
    }
}
