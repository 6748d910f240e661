package nl.kopgroep.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code planned_session}, {@code session_facilitator}, {@code session_signup}, {@code session_case},
 * {@code session_link}, {@code session_recording} and {@code calendar_feed}, in plain SQL. Returns ids; the services
 * decide who may see what and put names to them.
 */
@Repository
class SessionStore {

    private static final String COLUMNS = """
            s.id, s.organisation_id, s.kind, s.title, s.description, s.starts_at, s.ends_at, s.place, s.online_link,
            s.capacity, s.cancel_deadline, s.audience_type, s.audience_id, s.invite_only, s.module_code,
            s.competency_code, s.status, s.ical_sequence, s.harvest_notes, s.harvest_at, s.updated_at""";
    private static final String SIGNUP_COLUMNS =
            "g.id, g.session_id, g.user_id, g.status, g.position, g.invited_by, g.attended, g.signed_up_at";

    /** Seats taken and places on the waiting list of one session. */
    record Counts(int confirmed, int waiting) {
        static final Counts NONE = new Counts(0, 0);
    }

    /** A case as stored. */
    record CaseRow(long id, UserId author, String situation, String question, @Nullable MunicipalRole role,
                   Instant submittedAt) {
    }

    /** A harvest link as stored. */
    record LinkRow(long id, String label, String url, Instant addedAt) {
    }

    /** The recording's facts without its bytes. */
    record RecordingMeta(String fileName, String contentType, int size, Instant addedAt) {
    }

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- sessions

    SessionId insert(SessionForm form, OrganisationId organisation, boolean inviteOnly, @Nullable UserId by,
                     Instant cancelDeadline, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO planned_session (organisation_id, kind, title, description, starts_at, ends_at, place,
                    online_link, capacity, cancel_deadline, audience_type, audience_id, invite_only, module_code,
                    competency_code, status, ical_sequence, created_by, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', 0, ?, ?, ?, 0)""")
                .params(organisation.value(), form.getKind().name(), form.getTitle(), form.getDescription(),
                        DbTime.utc(form.getStartsAt()), DbTime.utc(form.getEndsAt()), form.getPlace(),
                        form.getOnlineLink(), form.getCapacity(), DbTime.utc(cancelDeadline),
                        form.getAudienceType().name(), form.getAudienceId(), inviteOnly, form.getModuleCode(),
                        form.getCompetencyCode(), by == null ? null : by.value(), DbTime.utc(now), DbTime.utc(now))
                .update(key);
        return new SessionId(key.getKeyAs(Number.class).longValue());
    }

    /** Changes what the form holds; the calendar's SEQUENCE goes up by one. */
    void update(SessionId session, SessionForm form, Instant cancelDeadline, Instant now) {
        jdbc.sql("""
                UPDATE planned_session SET kind = ?, title = ?, description = ?, starts_at = ?, ends_at = ?, place = ?,
                    online_link = ?, capacity = ?, cancel_deadline = ?, audience_type = ?, audience_id = ?,
                    module_code = ?, competency_code = ?, ical_sequence = ical_sequence + 1, updated_at = ?,
                    version = version + 1
                WHERE id = ?""")
                .params(form.getKind().name(), form.getTitle(), form.getDescription(), DbTime.utc(form.getStartsAt()),
                        DbTime.utc(form.getEndsAt()), form.getPlace(), form.getOnlineLink(), form.getCapacity(),
                        DbTime.utc(cancelDeadline), form.getAudienceType().name(), form.getAudienceId(),
                        form.getModuleCode(), form.getCompetencyCode(), DbTime.utc(now), session.value())
                .update();
    }

    void cancel(SessionId session, Instant now) {
        jdbc.sql("""
                UPDATE planned_session SET status = 'CANCELLED', ical_sequence = ical_sequence + 1, updated_at = ?,
                    version = version + 1 WHERE id = ?""").params(DbTime.utc(now), session.value()).update();
    }

    void setHarvestNotes(SessionId session, @Nullable String notes, Instant now) {
        jdbc.sql("UPDATE planned_session SET harvest_notes = ?, harvest_at = ?, version = version + 1 WHERE id = ?")
                .params(notes, DbTime.utc(now), session.value()).update();
    }

    void touchHarvest(SessionId session, Instant now) {
        jdbc.sql("UPDATE planned_session SET harvest_at = ? WHERE id = ?").params(DbTime.utc(now), session.value())
                .update();
    }

    Optional<SessionRow> find(SessionId session) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM planned_session s WHERE s.id = ?").param(session.value())
                .query(SessionStore::session).optional();
    }

    /**
     * Takes the session's row lock for the rest of the transaction: every change to its sign-ups goes through here
     * first, so two sign-ups for the last seat are counted one after the other. A write, not a {@code SELECT … FOR
     * UPDATE}: on a Galera cluster only written rows are certified across nodes, so two nodes' seat changes to one
     * session conflict at COMMIT and the loser is retried ({@code RetryOnWriteConflict}) instead of over-booking.
     */
    boolean lock(SessionId session) {
        return jdbc.sql("UPDATE planned_session SET seat_changes = seat_changes + 1 WHERE id = ?").param(session.value())
                .update() == 1;
    }

    /**
     * The sessions open to a participant of this cohort and municipality (and joint programme, if any), plus every
     * session they have a sign-up for; an invite-only session only with a sign-up.
     */
    List<SessionRow> openTo(UserId person, long cohort, OrganisationId organisation, @Nullable Long jointProgramme,
                            Instant from, Instant until) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM planned_session s
                WHERE s.starts_at >= :from AND s.starts_at < :until
                  AND (((s.audience_type = 'COHORT' AND s.audience_id = :cohort)
                        OR (s.audience_type = 'MUNICIPALITY' AND s.audience_id = :org)
                        OR (s.audience_type = 'JOINT_PROGRAMME' AND s.audience_id = :joint))
                       AND s.invite_only = FALSE
                    OR EXISTS (SELECT 1 FROM session_signup g WHERE g.session_id = s.id AND g.user_id = :me))
                ORDER BY s.starts_at, s.id""")
                .param("from", DbTime.utc(from)).param("until", DbTime.utc(until)).param("cohort", cohort)
                .param("org", organisation.value()).param("joint", jointProgramme == null ? -1L : jointProgramme)
                .param("me", person.value())
                .query(SessionStore::session).list();
    }

    /** The sessions a municipality's administrators planned (for a joint programme: those of its regiegemeente). */
    List<SessionRow> plannedBy(OrganisationId organisation) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM planned_session s WHERE s.organisation_id = ? ORDER BY s.starts_at DESC, s.id")
                .param(organisation.value()).query(SessionStore::session).list();
    }

    List<SessionRow> facilitatedBy(UserId person) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM planned_session s JOIN session_facilitator f ON f.session_id = s.id
                WHERE f.user_id = ? ORDER BY s.starts_at, s.id""")
                .param(person.value()).query(SessionStore::session).list();
    }

    /** Sessions planned by a municipality or for a joint programme, that started before {@code before}. */
    List<SessionRow> heldFor(AudienceType type, Collection<Long> audiences, Instant before) {
        if (audiences.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM planned_session s
                WHERE s.audience_type = :type AND s.audience_id IN (:ids) AND s.starts_at < :before
                  AND s.status = 'PLANNED'""")
                .param("type", type.name()).param("ids", audiences).param("before", DbTime.utc(before))
                .query(SessionStore::session).list();
    }

    /** The sessions a person is signed up for (seat or waiting list) or facilitates, starting after {@code from}. */
    List<SessionRow> calendarOf(UserId person, Instant from) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM planned_session s
                WHERE s.starts_at >= :from
                  AND (EXISTS (SELECT 1 FROM session_signup g WHERE g.session_id = s.id AND g.user_id = :me
                                 AND g.status IN ('CONFIRMED', 'WAITING'))
                       OR EXISTS (SELECT 1 FROM session_facilitator f WHERE f.session_id = s.id AND f.user_id = :me))
                ORDER BY s.starts_at, s.id""")
                .param("from", DbTime.utc(from)).param("me", person.value()).query(SessionStore::session).list();
    }

    /** Who was present in these sessions. */
    List<UserId> presentIn(Collection<SessionId> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT user_id FROM session_signup WHERE attended = TRUE AND session_id IN (:ids)")
                .param("ids", sessions.stream().map(SessionId::value).toList())
                .query((rs, n) -> new UserId(rs.getLong(1))).list();
    }

    // --- facilitators

    void setFacilitators(SessionId session, Collection<UserId> people) {
        jdbc.sql("DELETE FROM session_facilitator WHERE session_id = ?").param(session.value()).update();
        for (UserId person : people) {
            jdbc.sql("INSERT INTO session_facilitator (session_id, user_id) VALUES (?, ?)")
                    .params(session.value(), person.value()).update();
        }
    }

    List<UserId> facilitators(SessionId session) {
        return jdbc.sql("SELECT user_id FROM session_facilitator WHERE session_id = ? ORDER BY user_id")
                .param(session.value()).query((rs, n) -> new UserId(rs.getLong(1))).list();
    }

    boolean facilitates(SessionId session, UserId person) {
        return jdbc.sql("SELECT COUNT(*) FROM session_facilitator WHERE session_id = ? AND user_id = ?")
                .params(session.value(), person.value()).query(Long.class).single() > 0;
    }

    // --- sign-ups

    List<Signup> signups(SessionId session) {
        return jdbc.sql("SELECT " + SIGNUP_COLUMNS + """
                 FROM session_signup g WHERE g.session_id = ?
                ORDER BY FIELD(g.status, 'CONFIRMED', 'WAITING', 'INVITED', 'CANCELLED'), g.position, g.id""")
                .param(session.value()).query(SessionStore::signup).list();
    }

    Optional<Signup> signup(SessionId session, UserId person) {
        return jdbc.sql("SELECT " + SIGNUP_COLUMNS + " FROM session_signup g WHERE g.session_id = ? AND g.user_id = ?")
                .params(session.value(), person.value()).query(SessionStore::signup).optional();
    }

    /** The person's sign-up read with a lock, after {@link #lock}: what a seat decision rests on. */
    Optional<Signup> lockedSignup(SessionId session, UserId person) {
        return jdbc.sql("SELECT " + SIGNUP_COLUMNS + " FROM session_signup g WHERE g.session_id = ? AND g.user_id = ? FOR UPDATE")
                .params(session.value(), person.value()).query(SessionStore::signup).optional();
    }

    /** The person's sign-ups of every session, by session. */
    Map<SessionId, Signup> signupsOf(UserId person, Collection<SessionId> sessions) {
        Map<SessionId, Signup> result = new HashMap<>();
        if (sessions.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT " + SIGNUP_COLUMNS + " FROM session_signup g WHERE g.user_id = :me AND g.session_id IN (:ids)")
                .param("me", person.value()).param("ids", sessions.stream().map(SessionId::value).toList())
                .query(SessionStore::signup).list().forEach(s -> result.put(s.session(), s));
        return result;
    }

    void insertSignup(SessionId session, UserId person, SignupStatus status, @Nullable Integer position,
                      @Nullable UserId invitedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO session_signup (session_id, user_id, status, position, invited_by, attended, signed_up_at, updated_at)
                VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)""")
                .params(session.value(), person.value(), status.name(), position,
                        invitedBy == null ? null : invitedBy.value(), DbTime.utc(now), DbTime.utc(now))
                .update();
    }

    void setStatus(long signup, SignupStatus status, @Nullable Integer position, Instant now) {
        jdbc.sql("UPDATE session_signup SET status = ?, position = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), position, DbTime.utc(now), signup).update();
    }

    void reactivate(long signup, SignupStatus status, @Nullable Integer position, @Nullable UserId invitedBy, Instant now) {
        jdbc.sql("""
                UPDATE session_signup SET status = ?, position = ?, invited_by = ?, signed_up_at = ?, updated_at = ?
                WHERE id = ?""")
                .params(status.name(), position, invitedBy == null ? null : invitedBy.value(), DbTime.utc(now),
                        DbTime.utc(now), signup).update();
    }

    int confirmed(SessionId session) {
        return jdbc.sql("SELECT COUNT(*) FROM session_signup WHERE session_id = ? AND status = 'CONFIRMED' FOR UPDATE")
                .param(session.value()).query(Integer.class).single();
    }

    int nextPosition(SessionId session) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM session_signup WHERE session_id = ? AND status = 'WAITING' FOR UPDATE")
                .param(session.value()).query(Integer.class).single();
    }

    Optional<Signup> firstWaiting(SessionId session) {
        return jdbc.sql("SELECT " + SIGNUP_COLUMNS + " FROM session_signup g WHERE g.session_id = ? AND g.status = 'WAITING'"
                        + " ORDER BY g.position, g.id LIMIT 1 FOR UPDATE")
                .param(session.value()).query(SessionStore::signup).optional();
    }

    Map<SessionId, Counts> counts(Collection<SessionId> sessions) {
        Map<SessionId, Counts> result = new HashMap<>();
        if (sessions.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT session_id, SUM(status = 'CONFIRMED'), SUM(status = 'WAITING') FROM session_signup
                WHERE session_id IN (:ids) GROUP BY session_id""")
                .param("ids", sessions.stream().map(SessionId::value).toList())
                .query(rs -> {
                    result.put(new SessionId(rs.getLong(1)), new Counts(rs.getInt(2), rs.getInt(3)));
                });
        return result;
    }

    void setAttended(SessionId session, Set<UserId> present, Instant now) {
        jdbc.sql("UPDATE session_signup SET attended = FALSE, updated_at = ? WHERE session_id = ? AND attended = TRUE")
                .params(DbTime.utc(now), session.value()).update();
        if (!present.isEmpty()) {
            jdbc.sql("""
                    UPDATE session_signup SET attended = TRUE, updated_at = :now
                    WHERE session_id = :session AND status = 'CONFIRMED' AND user_id IN (:people)""")
                    .param("now", DbTime.utc(now)).param("session", session.value())
                    .param("people", present.stream().map(UserId::value).toList()).update();
        }
    }

    /** The sessions a person attended, oldest first. */
    List<SessionRow> attendedBy(UserId person) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM planned_session s JOIN session_signup g ON g.session_id = s.id
                WHERE g.user_id = ? AND g.attended = TRUE AND s.status = 'PLANNED' ORDER BY s.starts_at, s.id""")
                .param(person.value()).query(SessionStore::session).list();
    }

    /** For each of these people, in how many sessions they were present (people without any are absent). */
    Map<UserId, Integer> attendanceCounts(Collection<UserId> people) {
        Map<UserId, Integer> result = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT g.user_id, COUNT(*) FROM session_signup g JOIN planned_session s ON s.id = g.session_id
                WHERE g.attended = TRUE AND s.status = 'PLANNED' AND g.user_id IN (:people) GROUP BY g.user_id""")
                .param("people", people.stream().map(UserId::value).toList())
                .query(rs -> {
                    result.put(new UserId(rs.getLong(1)), rs.getInt(2));
                });
        return result;
    }

    /** Of these sessions, how many people were present in each. */
    Map<SessionId, Integer> presentCounts(Collection<SessionId> sessions) {
        Map<SessionId, Integer> result = new HashMap<>();
        if (sessions.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT session_id, COUNT(*) FROM session_signup WHERE attended = TRUE AND session_id IN (:ids)
                GROUP BY session_id""")
                .param("ids", sessions.stream().map(SessionId::value).toList())
                .query(rs -> {
                    result.put(new SessionId(rs.getLong(1)), rs.getInt(2));
                });
        return result;
    }

    // --- cases

    void saveCase(SessionId session, UserId author, String situation, String question, @Nullable MunicipalRole role,
                  Instant now) {
        int changed = jdbc.sql("""
                UPDATE session_case SET situation = ?, question = ?, municipal_role = ?, submitted_at = ?
                WHERE session_id = ? AND user_id = ?""")
                .params(situation, question, role == null ? null : role.name(), DbTime.utc(now), session.value(),
                        author.value()).update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO session_case (session_id, user_id, situation, question, municipal_role, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(session.value(), author.value(), situation, question, role == null ? null : role.name(),
                            DbTime.utc(now)).update();
        }
    }

    List<CaseRow> cases(SessionId session) {
        return jdbc.sql("""
                SELECT id, user_id, situation, question, municipal_role, submitted_at FROM session_case
                WHERE session_id = ? ORDER BY submitted_at, id""").param(session.value())
                .query((rs, n) -> new CaseRow(rs.getLong(1), new UserId(rs.getLong(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : MunicipalRole.valueOf(rs.getString(5)), DbTime.instant(rs, 6)))
                .list();
    }

    // --- harvest

    void addLink(SessionId session, String label, String url, UserId by, Instant now) {
        jdbc.sql("INSERT INTO session_link (session_id, label, url, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(session.value(), label, url, by.value(), DbTime.utc(now)).update();
    }

    List<LinkRow> links(SessionId session) {
        return jdbc.sql("SELECT id, label, url, added_at FROM session_link WHERE session_id = ? ORDER BY id")
                .param(session.value())
                .query((rs, n) -> new LinkRow(rs.getLong(1), rs.getString(2), rs.getString(3), DbTime.instant(rs, 4)))
                .list();
    }

    void putRecording(SessionId session, String fileName, String contentType, byte[] content, UserId by, Instant now) {
        jdbc.sql("DELETE FROM session_recording WHERE session_id = ?").param(session.value()).update();
        jdbc.sql("""
                INSERT INTO session_recording (session_id, file_name, content_type, size_bytes, content, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(session.value(), fileName, contentType, content.length, content, by.value(), DbTime.utc(now))
                .update();
    }

    Optional<RecordingMeta> recording(SessionId session) {
        return jdbc.sql("SELECT file_name, content_type, size_bytes, added_at FROM session_recording WHERE session_id = ?")
                .param(session.value())
                .query((rs, n) -> new RecordingMeta(rs.getString(1), rs.getString(2), rs.getInt(3), DbTime.instant(rs, 4)))
                .optional();
    }

    Optional<byte[]> recordingContent(SessionId session) {
        return jdbc.sql("SELECT content FROM session_recording WHERE session_id = ?").param(session.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    // --- calendar feeds

    void revokeFeeds(UserId person, Instant now) {
        jdbc.sql("UPDATE calendar_feed SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(DbTime.utc(now), person.value()).update();
    }

    void insertFeed(UserId person, String tokenHash, Instant now) {
        jdbc.sql("INSERT INTO calendar_feed (user_id, token_hash, created_at) VALUES (?, ?, ?)")
                .params(person.value(), tokenHash, DbTime.utc(now)).update();
    }

    Optional<Instant> activeFeedSince(UserId person) {
        return jdbc.sql("SELECT MAX(created_at) FROM calendar_feed WHERE user_id = ? AND revoked_at IS NULL")
                .param(person.value()).query((rs, n) -> DbTime.instantOrNull(rs, 1)).optional()
                .flatMap(Optional::ofNullable);
    }

    Optional<UserId> feedOwner(String tokenHash) {
        return jdbc.sql("SELECT user_id FROM calendar_feed WHERE token_hash = ? AND revoked_at IS NULL")
                .param(tokenHash).query((rs, n) -> new UserId(rs.getLong(1))).optional();
    }

    // --- mapping

    private static SessionRow session(ResultSet rs, int row) throws SQLException {
        return new SessionRow(new SessionId(rs.getLong(1)), new OrganisationId(rs.getLong(2)),
                SessionKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), DbTime.instant(rs, 6),
                DbTime.instant(rs, 7), rs.getString(8), rs.getString(9), rs.getInt(10), DbTime.instant(rs, 11),
                AudienceType.valueOf(rs.getString(12)), rs.getLong(13), rs.getBoolean(14), rs.getString(15),
                rs.getString(16), SessionStatus.valueOf(rs.getString(17)), rs.getInt(18), rs.getString(19),
                DbTime.instantOrNull(rs, 20), DbTime.instant(rs, 21));
    }

    private static Signup signup(ResultSet rs, int row) throws SQLException {
        Long invitedBy = rs.getObject(6, Long.class);
        return new Signup(rs.getLong(1), new SessionId(rs.getLong(2)), new UserId(rs.getLong(3)),
                SignupStatus.valueOf(rs.getString(4)), rs.getObject(5, Integer.class),
                invitedBy == null ? null : new UserId(invitedBy), rs.getBoolean(7), DbTime.instant(rs, 8));
    }
}
