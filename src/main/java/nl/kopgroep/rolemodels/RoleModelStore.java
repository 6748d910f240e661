package nl.kopgroep.rolemodels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code role_model}, {@code role_model_tag} and {@code role_model_request}, in plain SQL. */
@Repository
class RoleModelStore {

    /** A role model row with its tags; ids only for people and municipalities. */
    record Row(long id, OrganisationId organisation, String name, String roleTitle, String employer, boolean inside,
               String askAbout, @Nullable String contactPreference, @Nullable UserId account, Routing routing,
               @Nullable LocalDate consentOn, @Nullable UserId consentBy, @Nullable String consentHow, boolean shared,
               boolean active, Set<String> competencies, Set<MunicipalRole> roles) {

        boolean visible() {
            return active && consentOn != null;
        }
    }

    record Request(long id, long roleModel, UserId participant, OrganisationId participantOrganisation,
                   String question, RequestStatus status, Routing routedTo, @Nullable String answer,
                   @Nullable Outcome outcome, @Nullable LocalDate meetingOn, Instant createdAt,
                   @Nullable Long session) {
    }

    private static final String COLUMNS = """
            id, organisation_id, name, role_title, employer, inside, ask_about, contact_preference, account_id,
            routing, consent_on, consent_by, consent_how, shared_joint, active""";
    private static final String REQUEST_COLUMNS = """
            r.id, r.role_model_id, r.participant_id, r.participant_organisation_id, r.question, r.status, r.routed_to,
            r.answer, r.outcome, r.meeting_on, r.created_at, r.session_id""";

    private final JdbcClient jdbc;

    RoleModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(OrganisationId organisation, RoleModelForm form, @Nullable UserId account, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO role_model (organisation_id, name, role_title, employer, inside, ask_about,
                    contact_preference, account_id, routing, shared_joint, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(organisation.value(), form.name(), form.roleTitle(), form.employer(), form.inside(),
                        form.askAbout(), form.contactPreference(), account == null ? null : account.value(),
                        form.routing().name(), form.sharedWithJointProgramme(), DbTime.utc(at))
                .update(key);
        long id = key.getKeyAs(Number.class).longValue();
        tags(id, form);
        return id;
    }

    void change(long id, RoleModelForm form, @Nullable UserId account) {
        jdbc.sql("""
                UPDATE role_model SET name = ?, role_title = ?, employer = ?, inside = ?, ask_about = ?,
                    contact_preference = ?, account_id = ?, routing = ?, shared_joint = ? WHERE id = ?""")
                .params(form.name(), form.roleTitle(), form.employer(), form.inside(), form.askAbout(),
                        form.contactPreference(), account == null ? null : account.value(), form.routing().name(),
                        form.sharedWithJointProgramme(), id)
                .update();
        jdbc.sql("DELETE FROM role_model_tag WHERE role_model_id = ?").param(id).update();
        tags(id, form);
    }

    private void tags(long id, RoleModelForm form) {
        for (String code : new TreeSet<>(form.competencies())) {
            jdbc.sql("INSERT INTO role_model_tag (role_model_id, kind, code) VALUES (?, 'COMPETENCY', ?)")
                    .params(id, code).update();
        }
        for (MunicipalRole role : form.roles()) {
            jdbc.sql("INSERT INTO role_model_tag (role_model_id, kind, code) VALUES (?, 'ROLE', ?)")
                    .params(id, role.name()).update();
        }
    }

    void recordConsent(long id, LocalDate on, UserId by, String how) {
        jdbc.sql("UPDATE role_model SET consent_on = ?, consent_by = ?, consent_how = ? WHERE id = ?")
                .params(on, by.value(), how, id).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("UPDATE role_model SET active = ? WHERE id = ?").params(active, id).update();
    }

    Optional<Row> find(long id) {
        return rows("SELECT " + COLUMNS + " FROM role_model WHERE id = ?", id).stream().findFirst();
    }

    List<Row> ofOrganisation(OrganisationId organisation) {
        return rows("SELECT " + COLUMNS + " FROM role_model WHERE organisation_id = ? ORDER BY name, id",
                organisation.value());
    }

    /**
     * The role models a participant may see: active, with consent, of their own municipality, or of a partner
     * municipality of their joint programme that shared them.
     */
    List<Row> visibleTo(OrganisationId own, Collection<OrganisationId> partners) {
        List<Long> others = partners.stream().map(OrganisationId::value).filter(v -> v != own.value()).toList();
        String sql = "SELECT " + COLUMNS + """
                 FROM role_model WHERE active = TRUE AND consent_on IS NOT NULL
                AND (organisation_id = :own""" + (others.isEmpty() ? ")" : " OR (shared_joint = TRUE AND organisation_id IN (:others)))")
                + " ORDER BY name, id";
        var statement = jdbc.sql(sql).param("own", own.value());
        if (!others.isEmpty()) {
            statement = statement.param("others", others);
        }
        return withTags(statement.query(RoleModelStore::row).list());
    }

    /** The role models whose requests go to this account. */
    List<Long> ofAccount(UserId account) {
        return jdbc.sql("SELECT id FROM role_model WHERE account_id = ?").param(account.value()).query(Long.class).list();
    }

    private List<Row> rows(String sql, Object... params) {
        return withTags(jdbc.sql(sql).params(params).query(RoleModelStore::row).list());
    }

    private List<Row> withTags(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<String>> competencies = new LinkedHashMap<>();
        Map<Long, Set<MunicipalRole>> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT role_model_id, kind, code FROM role_model_tag WHERE role_model_id IN (:ids) ORDER BY code")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    long id = rs.getLong(1);
                    if ("ROLE".equals(rs.getString(2))) {
                        roles.computeIfAbsent(id, k -> EnumSet.noneOf(MunicipalRole.class))
                                .add(MunicipalRole.valueOf(rs.getString(3)));
                    } else {
                        competencies.computeIfAbsent(id, k -> new TreeSet<>()).add(rs.getString(3));
                    }
                });
        List<Row> result = new ArrayList<>();
        for (Row r : rows) {
            result.add(new Row(r.id(), r.organisation(), r.name(), r.roleTitle(), r.employer(), r.inside(), r.askAbout(),
                    r.contactPreference(), r.account(), r.routing(), r.consentOn(), r.consentBy(), r.consentHow(),
                    r.shared(), r.active(), competencies.getOrDefault(r.id(), Set.of()),
                    roles.getOrDefault(r.id(), Set.of())));
        }
        return result;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long account = rs.getLong(9);
        UserId accountId = rs.wasNull() ? null : new UserId(account);
        long consentBy = rs.getLong(12);
        UserId consentById = rs.wasNull() ? null : new UserId(consentBy);
        return new Row(rs.getLong(1), new OrganisationId(rs.getLong(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), accountId,
                Routing.valueOf(rs.getString(10)), rs.getObject(11, LocalDate.class), consentById, rs.getString(13),
                rs.getBoolean(14), rs.getBoolean(15), Set.of(), Set.of());
    }

    // --- requests ---

    long request(long roleModel, UserId participant, OrganisationId organisation, String question, Routing routedTo,
                 Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO role_model_request (role_model_id, participant_id, participant_organisation_id, question,
                    status, routed_to, created_at) VALUES (?, ?, ?, ?, 'ASKED', ?, ?)""")
                .params(roleModel, participant.value(), organisation.value(), question, routedTo.name(),
                        DbTime.utc(at))
                .update(key);
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Request> findRequest(long id) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM role_model_request r WHERE r.id = ?").param(id)
                .query(RoleModelStore::request).optional();
    }

    List<Request> requestsOf(UserId participant) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM role_model_request r WHERE r.participant_id = ? "
                        + "ORDER BY r.created_at DESC, r.id DESC")
                .param(participant.value()).query(RoleModelStore::request).list();
    }

    /**
     * The requests a person handles: as administrator, every request for a role model of their municipality (also
     * those routed to a role model, whose account may be gone); as role model, those routed to them.
     */
    List<Request> requestsHandledBy(@Nullable OrganisationId adminOf, UserId account) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + """
                         FROM role_model_request r JOIN role_model m ON m.id = r.role_model_id
                        WHERE (m.organisation_id = :org)
                           OR (r.routed_to = 'ROLE_MODEL' AND m.account_id = :account)
                        ORDER BY CASE r.status WHEN 'ASKED' THEN 0 WHEN 'ACCEPTED' THEN 1 ELSE 2 END,
                                 r.created_at DESC, r.id DESC""")
                .param("org", adminOf == null ? -1L : adminOf.value()).param("account", account.value())
                .query(RoleModelStore::request).list();
    }

    void answer(long id, RequestStatus status, @Nullable String answer, UserId by, Instant at) {
        jdbc.sql("UPDATE role_model_request SET status = ?, answer = ?, answered_by = ?, answered_at = ? WHERE id = ?")
                .params(status.name(), answer, by.value(), DbTime.utc(at), id).update();
    }

    void logMeeting(long id, LocalDate on, UserId by, Instant at) {
        jdbc.sql("""
                UPDATE role_model_request SET status = 'DONE', outcome = 'LOGGED_MEETING', meeting_on = ?,
                    answered_by = ?, answered_at = ? WHERE id = ?""")
                .params(on, by.value(), DbTime.utc(at), id).update();
    }

    /** The accepted conversation became this session; the request is done, dated on the session's day. */
    void planSession(long id, long session, LocalDate on, UserId by, Instant at) {
        jdbc.sql("""
                UPDATE role_model_request SET status = 'DONE', outcome = 'SESSION', session_id = ?, meeting_on = ?,
                    answered_by = ?, answered_at = ? WHERE id = ? AND status = 'ACCEPTED'""")
                .params(session, on, by.value(), DbTime.utc(at), id).update();
    }

    private static Request request(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString(9);
        return new Request(rs.getLong(1), rs.getLong(2), new UserId(rs.getLong(3)), new OrganisationId(rs.getLong(4)),
                rs.getString(5), RequestStatus.valueOf(rs.getString(6)), Routing.valueOf(rs.getString(7)),
                rs.getString(8), outcome == null ? null : Outcome.valueOf(outcome), rs.getObject(10, LocalDate.class),
                DbTime.instant(rs, 11), rs.getObject(12, Long.class));
    }
}
