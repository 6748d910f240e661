package nl.kopgroep.connections;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The map's share of a person's data (docs/privacy.md): their map with its actors (third parties' names,
 * kept minimal), ties, snapshots, the conversation about it and who read it; what they wrote about someone
 * else's map and which maps they read. At erasure the map goes with everything on it; what they wrote
 * about or read of someone else's map stays there without their id.
 */
@Component
class ConnectionsPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;

    ConnectionsPersonalData(JdbcClient jdbc, CurrentUser currentUser, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** After the journal (which sits above), before goals. */
    @Override
    public int erasureOrder() {
        return 35;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        long me = currentUser.id().value();
        export.add("connections.map", rows -> jdbc.sql(
                        "SELECT visibility, own_department, created_at, updated_at FROM connection_map WHERE participant_id = ?")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("visibility", rs.getString(1), "ownDepartment", rs.getString(2),
                            "createdAt", DbTime.instant(rs, 3), "updatedAt", DbTime.instant(rs, 4)));
                }));
        export.add("connections.actors", rows -> jdbc.sql("""
                        SELECT a.id, a.name, a.kind, a.department, a.organisation_name, a.note, a.created_at
                        FROM map_actor a JOIN connection_map m ON m.id = a.map_id WHERE m.participant_id = ? ORDER BY a.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("actor", rs.getLong(1), "name", rs.getString(2), "kind", rs.getString(3),
                            "department", rs.getString(4), "organisation", rs.getString(5), "note", rs.getString(6),
                            "createdAt", DbTime.instant(rs, 7)));
                }));
        export.add("connections.ties", rows -> jdbc.sql("""
                        SELECT t.id, t.source_id, t.target_id, t.tie_type, t.strength, t.since, t.municipal_roles,
                               (SELECT GROUP_CONCAT(g.goal_id ORDER BY g.goal_id) FROM map_tie_goal g WHERE g.tie_id = t.id),
                               (SELECT GROUP_CONCAT(c.commitment_code ORDER BY c.commitment_code) FROM map_tie_commitment c
                                WHERE c.tie_id = t.id)
                        FROM map_tie t JOIN connection_map m ON m.id = t.map_id WHERE m.participant_id = ? ORDER BY t.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("tie", rs.getLong(1), "fromActor", rs.getObject(2, Long.class), "toActor", rs.getLong(3),
                            "type", rs.getString(4), "strength", rs.getString(5), "since", rs.getString(6),
                            "municipalRoles", rs.getString(7), "goals", rs.getString(8), "commitments", rs.getString(9)));
                }));
        export.add("connections.snapshots", rows -> jdbc.sql("""
                        SELECT s.taken_at, s.half_year, s.automatic, s.content FROM map_snapshot s
                        JOIN connection_map m ON m.id = s.map_id WHERE m.participant_id = ? ORDER BY s.taken_at, s.id""")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("takenAt", DbTime.instant(rs, 1), "halfYear", rs.getString(2),
                            "automatic", rs.getBoolean(3), "content", rs.getString(4)));
                }));
        export.add("connections.comments", rows -> {
            Map<UserId, String> names = directory.displayNames(jdbc.sql("""
                            SELECT DISTINCT c.author_id FROM map_comment c JOIN connection_map m ON m.id = c.map_id
                            WHERE m.participant_id = ?""").param(me).query((rs, n) -> rs.getObject(1, Long.class)).list()
                    .stream().filter(Objects::nonNull).map(UserId::new).toList());
            jdbc.sql("""
                            SELECT c.author_id, c.body, c.created_at FROM map_comment c JOIN connection_map m ON m.id = c.map_id
                            WHERE m.participant_id = ? ORDER BY c.created_at, c.id""")
                    .param(me)
                    .query((ResultSet rs) -> {
                        Long writer = rs.getObject(1, Long.class);
                        rows.accept(row("writer", writer == null ? "" : names.getOrDefault(new UserId(writer), ""),
                                "body", rs.getString(2), "at", DbTime.instant(rs, 3)));
                    });
        });
        export.add("connections.commentsGiven", rows -> jdbc.sql("""
                        SELECT c.body, c.created_at FROM map_comment c JOIN connection_map m ON m.id = c.map_id
                        WHERE c.author_id = ? AND m.participant_id <> ? ORDER BY c.created_at, c.id""")
                .params(me, me)
                .query((ResultSet rs) -> {
                    rows.accept(row("body", rs.getString(1), "at", DbTime.instant(rs, 2)));
                }));
        export.add("connections.readsOfMyMap", rows -> {
            List<Long> readers = jdbc.sql("""
                            SELECT DISTINCT r.reader_id FROM map_read r JOIN connection_map m ON m.id = r.map_id
                            WHERE m.participant_id = ?""").param(me).query((rs, n) -> rs.getObject(1, Long.class)).list();
            Map<UserId, String> names = directory.displayNames(readers.stream().filter(Objects::nonNull).map(UserId::new)
                    .toList());
            jdbc.sql("""
                            SELECT r.reader_id, r.read_at FROM map_read r JOIN connection_map m ON m.id = r.map_id
                            WHERE m.participant_id = ? ORDER BY r.read_at, r.id""")
                    .param(me)
                    .query((ResultSet rs) -> {
                        Long reader = rs.getObject(1, Long.class);
                        rows.accept(row("reader", reader == null ? "" : names.getOrDefault(new UserId(reader), ""),
                                "at", DbTime.instant(rs, 2)));
                    });
        });
        export.add("connections.myReads", rows -> jdbc.sql(
                        "SELECT read_at FROM map_read WHERE reader_id = ? ORDER BY read_at, id")
                .param(me)
                .query((ResultSet rs) -> {
                    rows.accept(row("at", DbTime.instant(rs, 1)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        long id = person.id().value();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("connections.actors", count("""
                SELECT COUNT(*) FROM map_actor a JOIN connection_map m ON m.id = a.map_id WHERE m.participant_id = ?""", id));
        counts.put("connections.commentsAnonymised", count("""
                SELECT COUNT(*) FROM map_comment c JOIN connection_map m ON m.id = c.map_id
                WHERE c.author_id = ? AND m.participant_id <> c.author_id""", id));
        counts.put("connections.readsAnonymised", count("SELECT COUNT(*) FROM map_read WHERE reader_id = ?", id));
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        long id = person.id().value();
        jdbc.sql("UPDATE map_comment SET author_id = NULL WHERE author_id = ?").param(id).update();
        jdbc.sql("UPDATE map_read SET reader_id = NULL WHERE reader_id = ?").param(id).update();
        jdbc.sql("DELETE FROM connection_map WHERE participant_id = ?").param(id).update();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
