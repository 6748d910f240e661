package nl.kopgroep.journal;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.privacy.RetentionSettings;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The journal's share of a person's data (docs/privacy.md): their entries and drafts, the conversation
 * under their entries, what they wrote under others' entries, who read their entries and what they read.
 * At erasure their entries and drafts go (with everything under them); what they wrote under someone
 * else's entry and their reads of it stay in that author's record without their id.
 */
@Component
class JournalPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;

    JournalPersonalData(JdbcClient jdbc, CurrentUser currentUser, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Override
    public int erasureOrder() {
        return 30;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("journal.entries", rows -> jdbc.sql("""
                        SELECT id, title, body, visibility, lesson_key, prompt, municipal_role, goal_id, created_at, updated_at
                        FROM reflection WHERE author_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("entry", rs.getLong(1), "title", rs.getString(2), "body", rs.getString(3),
                            "visibility", rs.getString(4), "lesson", rs.getString(5), "prompt", rs.getString(6),
                            "municipalRole", rs.getString(7), "goal", rs.getObject(8, Long.class),
                            "createdAt", DbTime.instant(rs, 9), "updatedAt", DbTime.instant(rs, 10)));
                }));
        export.add("journal.drafts", rows -> jdbc.sql("""
                        SELECT draft_key, title, body, visibility, lesson_key, prompt, municipal_role, goal_id, saved_at
                        FROM reflection_draft WHERE author_id = ? ORDER BY saved_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("draftOf", rs.getString(1), "title", rs.getString(2), "body", rs.getString(3),
                            "visibility", rs.getString(4), "lesson", rs.getString(5), "prompt", rs.getString(6),
                            "municipalRole", rs.getString(7), "goal", rs.getObject(8, Long.class),
                            "savedAt", DbTime.instant(rs, 9)));
                }));
        export.add("journal.feedbackReceived", rows -> {
            Map<UserId, String> names = names("""
                    SELECT DISTINCT f.author_id FROM reflection_feedback f JOIN reflection r ON r.id = f.reflection_id
                    WHERE r.author_id = ? AND (f.author_id IS NULL OR f.author_id <> r.author_id)""", me);
            jdbc.sql("""
                            SELECT f.reflection_id, f.author_id, f.body, f.created_at FROM reflection_feedback f
                            JOIN reflection r ON r.id = f.reflection_id
                            WHERE r.author_id = ? AND (f.author_id IS NULL OR f.author_id <> r.author_id)
                            ORDER BY f.created_at, f.id""")
                    .param(me)
                    .query((ResultSet rs) -> {
                        rows.accept(row("entry", rs.getLong(1), "writer", name(names, rs.getObject(2, Long.class)),
                                "body", rs.getString(3), "at", DbTime.instant(rs, 4)));
                    });
        });
        export.add("journal.feedbackGiven", rows -> jdbc.sql("""
                        SELECT f.reflection_id, r.author_id = f.author_id, f.body, f.created_at FROM reflection_feedback f
                        JOIN reflection r ON r.id = f.reflection_id WHERE f.author_id = ? ORDER BY f.created_at, f.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("entry", rs.getLong(1), "underOwnEntry", rs.getBoolean(2), "body", rs.getString(3),
                            "at", DbTime.instant(rs, 4)));
                }));
        export.add("journal.readsOfMyEntries", rows -> {
            Map<UserId, String> names = names("""
                    SELECT DISTINCT d.reader_id FROM reflection_read d JOIN reflection r ON r.id = d.reflection_id
                    WHERE r.author_id = ?""", me);
            jdbc.sql("""
                            SELECT d.reflection_id, d.reader_id, d.read_at FROM reflection_read d
                            JOIN reflection r ON r.id = d.reflection_id WHERE r.author_id = ? ORDER BY d.read_at, d.id""")
                    .param(me)
                    .query((ResultSet rs) -> {
                        rows.accept(row("entry", rs.getLong(1), "reader", name(names, rs.getObject(2, Long.class)),
                                "at", DbTime.instant(rs, 3)));
                    });
        });
        export.add("journal.myReads", rows -> jdbc.sql(
                        "SELECT reflection_id, read_at FROM reflection_read WHERE reader_id = ? ORDER BY read_at, id")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("entry", rs.getLong(1), "at", DbTime.instant(rs, 2)));
                }));
    }

    private Map<UserId, String> names(String sql, long me) {
        List<UserId> ids = jdbc.sql(sql).param(me).query((rs, n) -> rs.getObject(1, Long.class)).list().stream()
                .filter(java.util.Objects::nonNull).map(UserId::new).toList();
        return directory.displayNames(ids);
    }

    /** A writer or reader; an erased account has no id any more and is shown as such. */
    private static String name(Map<UserId, String> names, Long id) {
        return id == null ? "" : names.getOrDefault(new UserId(id), "");
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("journal.entries", count("SELECT COUNT(*) FROM reflection WHERE author_id = ?", id));
        counts.put("journal.drafts", count("SELECT COUNT(*) FROM reflection_draft WHERE author_id = ?", id));
        counts.put("journal.feedbackAnonymised", count("""
                SELECT COUNT(*) FROM reflection_feedback f JOIN reflection r ON r.id = f.reflection_id
                WHERE f.author_id = ? AND r.author_id <> f.author_id""", id));
        counts.put("journal.readsAnonymised", count("SELECT COUNT(*) FROM reflection_read WHERE reader_id = ?", id));
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("""
                        UPDATE reflection_feedback SET author_id = NULL
                        WHERE author_id = ? AND reflection_id NOT IN (SELECT r.id FROM reflection r WHERE r.author_id = ?)""")
                .params(id, id).update();
        jdbc.sql("UPDATE reflection_read SET reader_id = NULL WHERE reader_id = ?").param(id).update();
        jdbc.sql("DELETE FROM reflection_draft WHERE author_id = ?").param(id).update();
        jdbc.sql("DELETE FROM reflection WHERE author_id = ?").param(id).update();
    }

    /** Drafts nobody saved as an entry within the retention term (a recovered text is for days, not years). */
    @Override
    public int applyRetention(RetentionSettings settings, Instant now) {
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(settings.drafts()).toInstant();
        return jdbc.sql("DELETE FROM reflection_draft WHERE saved_at < ?").param(DbTime.utc(cutoff)).update();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).params(java.util.Collections.nCopies((int) sql.chars().filter(c -> c == '?').count(), id))
                .query(Long.class).single();
    }
}
