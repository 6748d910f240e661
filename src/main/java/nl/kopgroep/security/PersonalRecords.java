package nl.kopgroep.security;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The security feature's records about a person, for the privacy feature: the audit events they did
 * or that name them, failed sign-ins on their account; forgetting them at erasure (the audit log keeps
 * the id only) and the retention of addresses and events. Not a security boundary: the privacy
 * services authorise first.
 */
@Component
public class PersonalRecords {

    /** Audit actions whose target is the client's address (an IP address is personal data). */
    public static final Set<String> ADDRESS_ACTIONS = Set.of("LOGIN", "LOGIN_FAILED");

    /** One audit event: {@code byThemselves} when the person did it, else it names them. */
    public record AuditRecord(Instant at, String action, @Nullable String target, boolean byThemselves) {
    }

    /** Targets that name a person: "user 12 …", "cohort 3 coach 12 participant 14" (also the coach, who is no subject). */
    private static final String NAMES_PERSON = "target REGEXP CONCAT('(^| )(user|coach|participant) ', :id, '( |$)')";

    private final JdbcClient jdbc;

    PersonalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void auditEvents(UserId person, Consumer<AuditRecord> each) {
        jdbc.sql("SELECT occurred_at, action, target, actor_id FROM audit_event WHERE actor_id = :id OR subject_id = :id OR "
                        + NAMES_PERSON
                        + " ORDER BY occurred_at, id")
                .param("id", person.value())
                .query((java.sql.ResultSet rs) -> {
                    each.accept(new AuditRecord(DbTime.instant(rs, 1), rs.getString(2), rs.getString(3),
                            rs.getObject(4) != null && rs.getLong(4) == person.value()));
                });
    }

    public void failedSignIns(String email, Consumer<Instant> each) {
        jdbc.sql("SELECT occurred_at FROM login_failure WHERE subject_kind = 'ACCOUNT' AND subject = ? ORDER BY occurred_at")
                .param(normalised(email))
                .query((java.sql.ResultSet rs) -> {
                    each.accept(DbTime.instant(rs, 1));
                });
    }

    /** What {@link #forget} changes: events whose actor loses the e-mail address, failed sign-ins removed. */
    public Map<String, Long> counts(UserId person, String email) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("security.auditAnonymised", jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? OR actor = ?")
                .params(person.value(), email).query(Long.class).single());
        counts.put("security.failedSignIns", jdbc.sql(
                        "SELECT COUNT(*) FROM login_failure WHERE subject_kind = 'ACCOUNT' AND subject = ?")
                .param(normalised(email)).query(Long.class).single());
        return counts;
    }

    /** The audit log keeps the person's id and what happened; their address, e-mail and failed sign-ins go. */
    public void forget(UserId person, String email) {
        jdbc.sql("UPDATE audit_event SET target = NULL WHERE actor_id = :id AND action IN (:actions)")
                .param("id", person.value()).param("actions", ADDRESS_ACTIONS).update();
        jdbc.sql("UPDATE audit_event SET actor = NULL WHERE actor_id = ? OR actor = ?").params(person.value(), email).update();
        jdbc.sql("DELETE FROM login_failure WHERE subject_kind = 'ACCOUNT' AND subject = ?").param(normalised(email)).update();
    }

    /** Removes the client addresses of audit events older than {@code cutoff}; the events stay. */
    public int forgetAddressesBefore(Instant cutoff) {
        return jdbc.sql("UPDATE audit_event SET target = NULL WHERE action IN (:actions) AND occurred_at < :cutoff "
                        + "AND target IS NOT NULL")
                .param("actions", ADDRESS_ACTIONS).param("cutoff", utc(cutoff)).update();
    }

    /** Removes audit events, and failed sign-ins, older than {@code cutoff}. */
    public int removeEventsBefore(Instant cutoff) {
        int events = jdbc.sql("DELETE FROM audit_event WHERE occurred_at < ?").param(utc(cutoff)).update();
        return events + jdbc.sql("DELETE FROM login_failure WHERE occurred_at < ?").param(utc(cutoff)).update();
    }

    private static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
