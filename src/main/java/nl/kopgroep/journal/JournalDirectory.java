package nl.kopgroep.journal;

import java.util.List;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journal facts for code that runs without a signed-in person (the demo loaders) and for the other
 * features' shares of a person's data (privacy): ids only, never a title or a text. Not a security boundary; application services use the journal's services, and
 * views never use this.
 */
@Component
@Transactional(readOnly = true)
public class JournalDirectory {

    /** Someone other than the author wrote under this entry. */
    public record Answer(ReflectionId entry, UserId writer) {
    }

    private final JdbcClient jdbc;

    JournalDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry with a message from someone other than its author, once per such writer. */
    public List<Answer> answeredByOthers() {
        return jdbc.sql("""
                        SELECT DISTINCT f.reflection_id, f.author_id FROM reflection_feedback f
                        JOIN reflection r ON r.id = f.reflection_id WHERE f.author_id <> r.author_id
                        ORDER BY f.reflection_id, f.author_id""")
                .query((rs, row) -> new Answer(new ReflectionId(rs.getLong(1)), new UserId(rs.getLong(2)))).list();
    }

    /** The ids of the person's entries (for the features that hold rows about them: reviews, notifications). */
    public List<ReflectionId> entriesOf(UserId author) {
        return jdbc.sql("SELECT id FROM reflection WHERE author_id = ? ORDER BY id").param(author.value())
                .query((rs, row) -> new ReflectionId(rs.getLong(1))).list();
    }

    /** The entries of others under which the person wrote. */
    public List<ReflectionId> entriesAnsweredBy(UserId writer) {
        return jdbc.sql("""
                        SELECT DISTINCT f.reflection_id FROM reflection_feedback f JOIN reflection r ON r.id = f.reflection_id
                        WHERE f.author_id = ? AND r.author_id <> f.author_id ORDER BY f.reflection_id""")
                .param(writer.value()).query((rs, row) -> new ReflectionId(rs.getLong(1))).list();
    }

    /** An entry the author's coaches can read (shared with coach or group) and since when it is as it is. */
    public record SharedEntry(ReflectionId entry, UserId author, java.time.Instant since) {
    }

    /** Entries shared with the author's coaches whose last change lies between these moments: ids, never a title. */
    public List<SharedEntry> sharedBetween(java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("""
                        SELECT id, author_id, updated_at FROM reflection WHERE visibility IN ('COACH', 'GROUP')
                        AND updated_at >= ? AND updated_at < ? ORDER BY updated_at, id""")
                .param(nl.kopgroep.base.DbTime.utc(from)).param(nl.kopgroep.base.DbTime.utc(to))
                .query((rs, row) -> new SharedEntry(new ReflectionId(rs.getLong(1)), new UserId(rs.getLong(2)),
                        nl.kopgroep.base.DbTime.instant(rs, 3))).list();
    }
}
