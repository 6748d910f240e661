package nl.kopgroep.knowledge;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.privacy.RetentionSettings;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The kennisbank's share of a person's data: their practices with tags (attachments by name and size), drafts,
 * reactions, "dit heb ik gebruikt" marks and peer-assist requests asked and received. At erasure (docs/privacy.md):
 * the person's practices go — shared with the cohort or the municipality, and also those shared with all
 * municipalities, because a practice is an account of the author's own work and reads as theirs even without a
 * name; with them go their tags, attachments, reactions of others, marks and requests (ON DELETE CASCADE). Their
 * drafts, marks and peer-assist requests go; their reactions under other people's practices stay without their id
 * ("oud-deelnemer"), so a conversation under a practice does not lose its thread.
 */
@Component
class KnowledgePersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    KnowledgePersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 22;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("knowledge.practices", rows -> jdbc.sql("""
                        SELECT p.id, p.title, p.intention, p.happened, p.difference, p.lessons, p.sharing, p.status,
                          p.published_at, p.updated_at, p.used_count,
                          (SELECT GROUP_CONCAT(CONCAT(t.kind, ': ', t.tag_value) ORDER BY t.id SEPARATOR '; ')
                             FROM practice_tag t WHERE t.practice_id = p.id),
                          (SELECT GROUP_CONCAT(CONCAT(a.file_name, ' (', a.size_bytes, ' bytes)') ORDER BY a.id SEPARATOR '; ')
                             FROM practice_attachment a WHERE a.practice_id = p.id)
                        FROM practice p WHERE p.author_id = ? ORDER BY p.published_at, p.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("practice", rs.getLong(1), "title", rs.getString(2), "intention", rs.getString(3),
                            "happened", rs.getString(4), "difference", rs.getString(5), "lessons", rs.getString(6),
                            "sharing", rs.getString(7), "status", rs.getString(8),
                            "publishedAt", DbTime.instant(rs, 9), "updatedAt", DbTime.instant(rs, 10),
                            "usedCount", rs.getInt(11), "tags", rs.getString(12), "attachments", rs.getString(13)));
                }));
        export.add("knowledge.drafts", rows -> jdbc.sql("""
                        SELECT practice_key, title, intention, happened, difference, lessons, sharing, tags, saved_at
                        FROM practice_draft WHERE author_id = ? ORDER BY saved_at""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("practice", rs.getLong(1) == 0 ? null : rs.getLong(1), "title", rs.getString(2),
                            "intention", rs.getString(3), "happened", rs.getString(4), "difference", rs.getString(5),
                            "lessons", rs.getString(6), "sharing", rs.getString(7), "tags", rs.getString(8),
                            "savedAt", DbTime.instant(rs, 9)));
                }));
        export.add("knowledge.reactions", rows -> jdbc.sql("""
                        SELECT practice_id, body, written_at FROM practice_reaction WHERE author_id = ? ORDER BY written_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("practice", rs.getLong(1), "body", rs.getString(2), "writtenAt", DbTime.instant(rs, 3)));
                }));
        export.add("knowledge.used", rows -> jdbc.sql("""
                        SELECT practice_id, marked_at FROM practice_use WHERE user_id = ? ORDER BY marked_at""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("practice", rs.getLong(1), "markedAt", DbTime.instant(rs, 2)));
                }));
        export.add("knowledge.peerAssist", rows -> jdbc.sql("""
                        SELECT id, practice_id, CASE WHEN requester_id = ? THEN 'ASKED_BY_ME' ELSE 'ASKED_OF_ME' END,
                          question, status, asked_at, answered_at
                        FROM peer_assist_request WHERE requester_id = ? OR author_id = ? ORDER BY asked_at, id""")
                .params(me, me, me)
                .query((ResultSet rs) -> {
                    rows.accept(row("request", rs.getLong(1), "practice", rs.getLong(2), "direction", rs.getString(3),
                            "question", rs.getString(4), "status", rs.getString(5), "askedAt", DbTime.instant(rs, 6),
                            "answeredAt", DbTime.instantOrNull(rs, 7)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("knowledge.practices", count("SELECT COUNT(*) FROM practice WHERE author_id = ?", id));
        counts.put("knowledge.drafts", count("SELECT COUNT(*) FROM practice_draft WHERE author_id = ?", id));
        counts.put("knowledge.reactionsAnonymised", count("SELECT COUNT(*) FROM practice_reaction WHERE author_id = ?", id));
        counts.put("knowledge.used", count("SELECT COUNT(*) FROM practice_use WHERE user_id = ?", id));
        counts.put("knowledge.peerAssist", count(
                "SELECT COUNT(*) FROM peer_assist_request WHERE requester_id = ? OR author_id = ?", id, id));
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        // the counts of practices the person marked as used go down with their marks
        jdbc.sql("""
                UPDATE practice p JOIN practice_use u ON u.practice_id = p.id AND u.user_id = ?
                SET p.used_count = GREATEST(p.used_count - 1, 0)""").param(id).update();
        jdbc.sql("DELETE FROM practice_use WHERE user_id = ?").param(id).update();
        jdbc.sql("DELETE FROM peer_assist_request WHERE requester_id = ? OR author_id = ?").params(id, id).update();
        jdbc.sql("UPDATE practice_reaction SET author_id = NULL WHERE author_id = ?").param(id).update();
        // tags, attachments, reactions, marks and requests go with the practice (ON DELETE CASCADE)
        jdbc.sql("DELETE FROM practice WHERE author_id = ?").param(id).update();
        jdbc.sql("DELETE FROM practice_draft WHERE author_id = ?").param(id).update();
    }

    /** A draft nobody touched for the installation's draft retention goes, as journal drafts do. */
    @Override
    public int applyRetention(RetentionSettings settings, Instant now) {
        Instant cutoff = now.atZone(java.time.ZoneOffset.UTC).minus(settings.drafts()).toInstant();
        return jdbc.sql("DELETE FROM practice_draft WHERE saved_at < ?").param(DbTime.utc(cutoff)).update();
    }

    private long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }
}
