package nl.kopgroep.notification;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.journal.JournalDirectory;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Notifications in a person's data: the ones they received. At erasure those go, and so do the
 * notifications others received about the person's entries (the entries go too); a notification about
 * their feedback under someone else's entry loses their name. Runs before the journal's part, while the
 * journal still knows which entries were theirs.
 */
@Component
class NotificationPersonalData implements PersonalDataPart {

    private static final List<String> ENTRY_TARGETS = List.of(NotificationTarget.Kind.OWN_ENTRY.name(),
            NotificationTarget.Kind.COACHEE_ENTRY.name());

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final JournalDirectory journal;

    NotificationPersonalData(JdbcClient jdbc, CurrentUser currentUser, JournalDirectory journal) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.journal = journal;
    }

    @Override
    public int erasureOrder() {
        return 10;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("notification.received", rows -> jdbc.sql("""
                        SELECT kind, actor_name, target_kind, target_id, created_at, read_at FROM notification
                        WHERE recipient_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("kind", rs.getString(1), "actor", rs.getString(2),
                            "about", rs.getString(3) == null ? null : rs.getString(3) + " " + rs.getLong(4),
                            "at", DbTime.instant(rs, 5), "readAt", DbTime.instantOrNull(rs, 6)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Long> entries = ids(journal.entriesOf(person.id()));
        long aboutEntries = entries.isEmpty() ? 0 : jdbc.sql("""
                        SELECT COUNT(*) FROM notification WHERE recipient_id <> :me AND target_kind IN (:kinds)
                        AND target_id IN (:entries)""")
                .param("me", person.id().value()).param("kinds", ENTRY_TARGETS).param("entries", entries)
                .query(Long.class).single();
        counts.put("notification.received", jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ?")
                .param(person.id().value()).query(Long.class).single() + aboutEntries);
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        jdbc.sql("DELETE FROM notification WHERE recipient_id = ?").param(person.id().value()).update();
        List<Long> entries = ids(journal.entriesOf(person.id()));
        if (!entries.isEmpty()) {
            jdbc.sql("DELETE FROM notification WHERE target_kind IN (:kinds) AND target_id IN (:entries)")
                    .param("kinds", ENTRY_TARGETS).param("entries", entries).update();
        }
        List<Long> answered = ids(journal.entriesAnsweredBy(person.id()));
        if (!answered.isEmpty()) {
            jdbc.sql("""
                            UPDATE notification SET actor_name = '' WHERE actor_name = :name AND target_kind IN (:kinds)
                            AND target_id IN (:entries)""")
                    .param("name", person.displayName()).param("kinds", ENTRY_TARGETS).param("entries", answered).update();
        }
    }

    private static List<Long> ids(List<ReflectionId> entries) {
        return entries.stream().map(ReflectionId::value).toList();
    }
}
