package nl.kopgroep.connections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The map's rows in plain SQL: the whole map is read in four statements (map, actors, ties, the ties'
 * goals and commitments), whatever its size. Every statement on actors and ties names the map, so an
 * id of someone else's map finds nothing.
 */
@Repository
class MapStore {

    private final JdbcClient jdbc;

    MapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A map's own row. */
    record MapRow(long id, UserId participant, MapVisibility visibility, @Nullable String ownDepartment,
                  Instant createdAt, Instant updatedAt) {
    }

    Optional<MapRow> mapOf(UserId participant) {
        return jdbc.sql("SELECT id, participant_id, visibility, own_department, created_at, updated_at FROM connection_map "
                        + "WHERE participant_id = ?")
                .param(participant.value()).query(MapStore::mapRow).optional();
    }

    List<MapRow> mapsOf(Collection<UserId> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, participant_id, visibility, own_department, created_at, updated_at FROM connection_map "
                        + "WHERE participant_id IN (:ids)")
                .param("ids", participants.stream().map(UserId::value).toList()).query(MapStore::mapRow).list();
    }

    private static MapRow mapRow(ResultSet rs, int row) throws SQLException {
        return new MapRow(rs.getLong(1), new UserId(rs.getLong(2)), MapVisibility.valueOf(rs.getString(3)), rs.getString(4),
                DbTime.instant(rs, 5), DbTime.instant(rs, 6));
    }

    long createMap(UserId participant, OrganisationId organisation, Instant at) {
        jdbc.sql("INSERT INTO connection_map (participant_id, organisation_id, visibility, created_at, updated_at) "
                        + "VALUES (?, ?, 'PRIVATE', ?, ?)")
                .params(participant.value(), organisation.value(), DbTime.utc(at), DbTime.utc(at)).update();
        return lastId();
    }

    void touch(long map, Instant at) {
        jdbc.sql("UPDATE connection_map SET updated_at = ? WHERE id = ?").params(DbTime.utc(at), map).update();
    }

    void setVisibility(long map, MapVisibility visibility) {
        jdbc.sql("UPDATE connection_map SET visibility = ? WHERE id = ?").params(visibility.name(), map).update();
    }

    void setOwnDepartment(long map, @Nullable String department) {
        jdbc.sql("UPDATE connection_map SET own_department = ? WHERE id = ?").params(department, map).update();
    }

    // --- actors ---------------------------------------------------------------------------------------

    List<MapActor> actors(long map) {
        return jdbc.sql("SELECT id, name, kind, department, organisation_name, note FROM map_actor WHERE map_id = ? "
                        + "ORDER BY name, id")
                .param(map)
                .query((rs, row) -> new MapActor(rs.getLong(1), rs.getString(2), ActorKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    long addActor(long map, ActorFields actor, Instant at) {
        jdbc.sql("INSERT INTO map_actor (map_id, name, kind, department, organisation_name, note, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(map, actor.name(), actor.kind().name(), actor.department(), actor.organisationName(), actor.note(),
                        DbTime.utc(at))
                .update();
        return lastId();
    }

    boolean updateActor(long map, long actor, ActorFields fields) {
        return jdbc.sql("UPDATE map_actor SET name = ?, kind = ?, department = ?, organisation_name = ?, note = ? "
                        + "WHERE id = ? AND map_id = ?")
                .params(fields.name(), fields.kind().name(), fields.department(), fields.organisationName(), fields.note(),
                        actor, map)
                .update() == 1;
    }

    boolean deleteActor(long map, long actor) {
        return jdbc.sql("DELETE FROM map_actor WHERE id = ? AND map_id = ?").params(actor, map).update() == 1;
    }

    boolean hasActor(long map, long actor) {
        return jdbc.sql("SELECT COUNT(*) FROM map_actor WHERE id = ? AND map_id = ?").params(actor, map)
                .query(Long.class).single() == 1;
    }

    /** Checked, trimmed values of an actor. */
    record ActorFields(String name, ActorKind kind, @Nullable String department, @Nullable String organisationName,
                       @Nullable String note) {
    }

    // --- ties -----------------------------------------------------------------------------------------

    List<MapTie> ties(long map) {
        Map<Long, Set<Long>> goals = new HashMap<>();
        jdbc.sql("SELECT g.tie_id, g.goal_id FROM map_tie_goal g JOIN map_tie t ON t.id = g.tie_id WHERE t.map_id = ? "
                        + "ORDER BY g.goal_id")
                .param(map)
                .query((ResultSet rs) -> {
                    goals.computeIfAbsent(rs.getLong(1), t -> new LinkedHashSet<>()).add(rs.getLong(2));
                });
        Map<Long, Set<String>> commitments = new HashMap<>();
        jdbc.sql("SELECT c.tie_id, c.commitment_code FROM map_tie_commitment c JOIN map_tie t ON t.id = c.tie_id "
                        + "WHERE t.map_id = ? ORDER BY c.commitment_code")
                .param(map)
                .query((ResultSet rs) -> {
                    commitments.computeIfAbsent(rs.getLong(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
                });
        return jdbc.sql("SELECT id, source_id, target_id, tie_type, strength, since, municipal_roles FROM map_tie "
                        + "WHERE map_id = ? ORDER BY id")
                .param(map)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    return new MapTie(id, rs.getObject(2, Long.class), rs.getLong(3), TieType.valueOf(rs.getString(4)),
                            TieStrength.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), roles(rs.getString(7)),
                            Set.copyOf(goals.getOrDefault(id, Set.of())), Set.copyOf(commitments.getOrDefault(id, Set.of())));
                })
                .list();
    }

    long addTie(long map, TieFields tie, Instant at) {
        jdbc.sql("INSERT INTO map_tie (map_id, source_id, target_id, tie_type, strength, since, municipal_roles, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(map, tie.from(), tie.to(), tie.type().name(), tie.strength().name(), tie.since(),
                        roles(tie.roles()), DbTime.utc(at))
                .update();
        long id = lastId();
        links(id, tie);
        return id;
    }

    boolean updateTie(long map, long tie, TieFields fields) {
        boolean found = jdbc.sql("UPDATE map_tie SET source_id = ?, target_id = ?, tie_type = ?, strength = ?, "
                        + "since = ?, municipal_roles = ? WHERE id = ? AND map_id = ?")
                .params(fields.from(), fields.to(), fields.type().name(), fields.strength().name(), fields.since(),
                        roles(fields.roles()), tie, map)
                .update() == 1;
        if (found) {
            jdbc.sql("DELETE FROM map_tie_goal WHERE tie_id = ?").param(tie).update();
            jdbc.sql("DELETE FROM map_tie_commitment WHERE tie_id = ?").param(tie).update();
            links(tie, fields);
        }
        return found;
    }

    private void links(long tie, TieFields fields) {
        for (long goal : fields.goals()) {
            jdbc.sql("INSERT INTO map_tie_goal (tie_id, goal_id) VALUES (?, ?)").params(tie, goal).update();
        }
        for (String code : fields.commitments()) {
            jdbc.sql("INSERT INTO map_tie_commitment (tie_id, commitment_code) VALUES (?, ?)").params(tie, code).update();
        }
    }

    boolean deleteTie(long map, long tie) {
        return jdbc.sql("DELETE FROM map_tie WHERE id = ? AND map_id = ?").params(tie, map).update() == 1;
    }

    /** Checked values of a tie; {@code from} null is the participant. */
    record TieFields(@Nullable Long from, long to, TieType type, TieStrength strength, @Nullable LocalDate since,
                     Set<MunicipalRole> roles, Set<Long> goals, Set<String> commitments) {
    }

    /**
     * The ties added to one map since {@code from}, per quarter and municipal role, for the four-roles
     * balance: a tie with two roles counts once under each, one without under none ({@code role} null).
     */
    List<nl.kopgroep.base.RoleTally> roleTallies(long map, java.time.LocalDateTime from) {
        Map<nl.kopgroep.base.Quarter, Map<Optional<MunicipalRole>, Long>> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT YEAR(created_at), QUARTER(created_at), municipal_roles, COUNT(*) FROM map_tie
                        WHERE map_id = ? AND created_at >= ?
                        GROUP BY YEAR(created_at), QUARTER(created_at), municipal_roles""")
                .params(map, from)
                .query((ResultSet rs) -> {
                    var quarter = new nl.kopgroep.base.Quarter(rs.getInt(1), rs.getInt(2));
                    var perRole = counts.computeIfAbsent(quarter, q -> new HashMap<>());
                    Set<MunicipalRole> roles = roles(rs.getString(3));
                    long ties = rs.getLong(4);
                    if (roles.isEmpty()) {
                        perRole.merge(Optional.empty(), ties, Long::sum);
                    }
                    roles.forEach(role -> perRole.merge(Optional.of(role), ties, Long::sum));
                });
        return counts.entrySet().stream().flatMap(quarter -> quarter.getValue().entrySet().stream()
                        .map(role -> new nl.kopgroep.base.RoleTally(quarter.getKey(), role.getKey().orElse(null), role.getValue())))
                .toList();
    }

    static String roles(Set<MunicipalRole> roles) {
        return Arrays.stream(MunicipalRole.values()).filter(roles::contains).map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<MunicipalRole> roles(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        EnumSet<MunicipalRole> roles = EnumSet.noneOf(MunicipalRole.class);
        for (String name : stored.split(",")) {
            roles.add(MunicipalRole.valueOf(name.strip()));
        }
        return roles;
    }

    // --- snapshots ------------------------------------------------------------------------------------

    /** A snapshot without its content. */
    record SnapshotRow(long id, Instant takenAt, String halfYear, boolean automatic) {
    }

    void addSnapshot(long map, Instant at, String halfYear, boolean automatic, String content) {
        jdbc.sql("INSERT INTO map_snapshot (map_id, taken_at, half_year, automatic, content) VALUES (?, ?, ?, ?, ?)")
                .params(map, DbTime.utc(at), halfYear, automatic, content).update();
    }

    List<SnapshotRow> snapshots(long map) {
        return jdbc.sql("SELECT id, taken_at, half_year, automatic FROM map_snapshot WHERE map_id = ? "
                        + "ORDER BY taken_at DESC, id DESC")
                .param(map)
                .query((rs, row) -> new SnapshotRow(rs.getLong(1), DbTime.instant(rs, 2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    boolean hasSnapshotIn(long map, String halfYear) {
        return jdbc.sql("SELECT COUNT(*) FROM map_snapshot WHERE map_id = ? AND half_year = ?").params(map, halfYear)
                .query(Long.class).single() > 0;
    }

    Optional<String> snapshotContent(long map, long snapshot) {
        return jdbc.sql("SELECT content FROM map_snapshot WHERE id = ? AND map_id = ?").params(snapshot, map)
                .query(String.class).optional();
    }

    Map<Long, String> allSnapshotContents(long map) {
        Map<Long, String> contents = new HashMap<>();
        jdbc.sql("SELECT id, content FROM map_snapshot WHERE map_id = ?").param(map)
                .query((ResultSet rs) -> {
                    contents.put(rs.getLong(1), rs.getString(2));
                });
        return contents;
    }

    void replaceSnapshotContent(long snapshot, String content) {
        jdbc.sql("UPDATE map_snapshot SET content = ? WHERE id = ?").params(content, snapshot).update();
    }

    // --- comments and reads ---------------------------------------------------------------------------

    /** A message as stored; no writer: an erased account. */
    record Comment(@Nullable UserId writer, String body, Instant at) {
    }

    void addComment(long map, UserId writer, String body, Instant at) {
        jdbc.sql("INSERT INTO map_comment (map_id, author_id, body, created_at) VALUES (?, ?, ?, ?)")
                .params(map, writer.value(), body, DbTime.utc(at)).update();
    }

    List<Comment> comments(long map) {
        return jdbc.sql("SELECT author_id, body, created_at FROM map_comment WHERE map_id = ? ORDER BY created_at, id")
                .param(map)
                .query((rs, row) -> new Comment(userId(rs.getObject(1, Long.class)), rs.getString(2), DbTime.instant(rs, 3)))
                .list();
    }

    /** A read of the map by someone else; no reader: an erased account. */
    record Read(@Nullable UserId reader, Instant at) {
    }

    void recordRead(long map, UserId reader, Instant at) {
        jdbc.sql("INSERT INTO map_read (map_id, reader_id, read_at) VALUES (?, ?, ?)")
                .params(map, reader.value(), DbTime.utc(at)).update();
    }

    List<Read> reads(long map, int limit) {
        return jdbc.sql("SELECT reader_id, read_at FROM map_read WHERE map_id = ? ORDER BY read_at DESC, id DESC LIMIT ?")
                .params(map, limit)
                .query((rs, row) -> new Read(userId(rs.getObject(1, Long.class)), DbTime.instant(rs, 2)))
                .list();
    }

    private static @Nullable UserId userId(@Nullable Long id) {
        return id == null ? null : new UserId(id);
    }

    private long lastId() {
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }
}
