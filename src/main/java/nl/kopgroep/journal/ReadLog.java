package nl.kopgroep.journal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
                .params(entry.value(), reader.value(), LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    List<ReadRecord> readsOf(ReflectionId entry) {
        return jdbc.sql("SELECT u.display_name, r.read_at FROM reflection_read r JOIN app_user u ON u.id = r.reader_id "
                        + "WHERE r.reflection_id = ? ORDER BY r.read_at DESC")
                .param(entry.value())
                .query((rs, row) -> new ReadRecord(rs.getString(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }
}
