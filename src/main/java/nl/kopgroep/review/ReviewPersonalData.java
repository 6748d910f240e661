package nl.kopgroep.review;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.JournalDirectory;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The coach's desk's share of a person's data: review marks on their entries and those they gave, their
 * comment library, the coach notes they wrote, and the coach notes written about them. The notes about
 * a person are in their download although no one but the coach sees them in the app: an assessment of
 * a person is personal data about that person, and the AVG's right of access covers it
 * (docs/privacy.md). At erasure all of these go: marks, library and notes are the coach's working
 * material, and notes about someone who left have no purpose left.
 */
@Component
class ReviewPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final JournalDirectory journal;
    private final OrganisationDirectory directory;

    ReviewPersonalData(JdbcClient jdbc, CurrentUser currentUser, JournalDirectory journal, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.journal = journal;
        this.directory = directory;
    }

    @Override
    public int erasureOrder() {
        return 20;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        UserId me = currentUser.id();
        export.add("review.marksReceived", rows -> {
            List<Long> entries = journal.entriesOf(me).stream().map(ReflectionId::value).toList();
            if (entries.isEmpty()) {
                return;
            }
            Map<UserId, String> names = names("SELECT DISTINCT coach_id FROM reflection_review WHERE reflection_id IN (:ids)",
                    Map.of("ids", entries));
            jdbc.sql("SELECT reflection_id, coach_id, depth, reviewed_at FROM reflection_review WHERE reflection_id IN (:ids) "
                            + "ORDER BY reviewed_at, id")
                    .param("ids", entries)
                    .query((ResultSet rs) -> {
                        rows.accept(row("entry", rs.getLong(1), "coach", names.getOrDefault(new UserId(rs.getLong(2)), ""),
                                "depth", rs.getString(3), "at", DbTime.instant(rs, 4)));
                    });
        });
        export.add("review.marksGiven", rows -> jdbc.sql(
                        "SELECT reflection_id, depth, reviewed_at FROM reflection_review WHERE coach_id = ? ORDER BY reviewed_at, id")
                .param(me.value())
                .query((ResultSet rs) -> {
                    rows.accept(row("entry", rs.getLong(1), "depth", rs.getString(2), "at", DbTime.instant(rs, 3)));
                }));
        export.add("review.library", rows -> jdbc.sql(
                        "SELECT body, created_at FROM comment_template WHERE coach_id = ? ORDER BY created_at, id")
                .param(me.value())
                .query((ResultSet rs) -> {
                    rows.accept(row("body", rs.getString(1), "createdAt", DbTime.instant(rs, 2)));
                }));
        export.add("review.notesAboutMe", rows -> {
            Map<UserId, String> names = names("SELECT DISTINCT coach_id FROM coach_note WHERE participant_id = :me",
                    Map.of("me", me.value()));
            jdbc.sql("SELECT coach_id, body, created_at FROM coach_note WHERE participant_id = ? ORDER BY created_at, id")
                    .param(me.value())
                    .query((ResultSet rs) -> {
                        rows.accept(row("coach", names.getOrDefault(new UserId(rs.getLong(1)), ""), "body", rs.getString(2),
                                "at", DbTime.instant(rs, 3)));
                    });
        });
        export.add("review.notesWritten", rows -> {
            Map<UserId, String> names = names("SELECT DISTINCT participant_id FROM coach_note WHERE coach_id = :me",
                    Map.of("me", me.value()));
            jdbc.sql("SELECT participant_id, body, created_at FROM coach_note WHERE coach_id = ? ORDER BY created_at, id")
                    .param(me.value())
                    .query((ResultSet rs) -> {
                        rows.accept(row("participant", names.getOrDefault(new UserId(rs.getLong(1)), ""),
                                "body", rs.getString(2), "at", DbTime.instant(rs, 3)));
                    });
        });
    }

    private Map<UserId, String> names(String sql, Map<String, ?> params) {
        Set<UserId> ids = jdbc.sql(sql).params(params).query((rs, n) -> new UserId(rs.getLong(1))).list().stream()
                .collect(Collectors.toSet());
        return directory.displayNames(ids);
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("review.marksGiven", count("SELECT COUNT(*) FROM reflection_review WHERE coach_id = ?", id));
        counts.put("review.library", count("SELECT COUNT(*) FROM comment_template WHERE coach_id = ?", id));
        counts.put("review.notes", jdbc.sql("SELECT COUNT(*) FROM coach_note WHERE coach_id = ? OR participant_id = ?")
                .params(id, id).query(Long.class).single());
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("DELETE FROM reflection_review WHERE coach_id = ?").param(id).update();
        jdbc.sql("DELETE FROM comment_template WHERE coach_id = ?").param(id).update();
        jdbc.sql("DELETE FROM coach_note WHERE coach_id = ? OR participant_id = ?").params(id, id).update();
        // marks by others on the person's own entries go with those entries (ON DELETE CASCADE)
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
