package nl.kopgroep.security;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    public static final Set<String> ADDRESS_ACTIONS = Set.of("LOGIN", ThrottlingAuthenticationProvider.LOGIN_FAILED,
            "LOGIN_SECOND_FACTOR", "PASSWORD_RECOVERY_REQUESTED", "PASSWORD_RECOVERY_THROTTLED",
            "PASSWORD_RECOVERY_PROVIDER_ONLY");

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

    /** One completed sign-in as kept for "last signed in" (the newest few per account). */
    public record SignInRecord(Instant at, String address, String device) {
    }

    public void signIns(UserId person, Consumer<SignInRecord> each) {
        jdbc.sql("SELECT signed_in_at, client_address, device FROM sign_in WHERE user_id = ? ORDER BY signed_in_at, id")
                .param(person.value())
                .query((java.sql.ResultSet rs) -> {
                    each.accept(new SignInRecord(DbTime.instant(rs, 1), rs.getString(2), rs.getString(3)));
                });
    }

    /** When the person enrolled their second factor, if they did; never the secret. */
    public java.util.Optional<Instant> secondFactorEnrolledAt(UserId person) {
        return jdbc.sql("SELECT enrolled_at FROM second_factor WHERE user_id = ?").param(person.value())
                .query((rs, row) -> DbTime.instant(rs, 1)).optional();
    }

    /** The account's link to a person at its municipality's provider (issue 13). */
    public record ProviderLinkRecord(String issuer, String subject, Instant linkedAt, Instant lastSignInAt) {
    }

    public java.util.Optional<ProviderLinkRecord> providerLink(UserId person) {
        return jdbc.sql("SELECT issuer, subject, linked_at, last_sign_in_at FROM account_identity WHERE user_id = ?")
                .param(person.value())
                .query((rs, row) -> new ProviderLinkRecord(rs.getString(1), rs.getString(2), DbTime.instant(rs, 3),
                        DbTime.instant(rs, 4)))
                .optional();
    }

    /** The person's failed sign-ins: audit events, kept as long as the audit log. */
    public void failedSignIns(UserId person, Consumer<Instant> each) {
        jdbc.sql("SELECT occurred_at FROM audit_event WHERE actor_id = :id AND action = :action ORDER BY occurred_at, id")
                .param("id", person.value()).param("action", ThrottlingAuthenticationProvider.LOGIN_FAILED)
                .query((java.sql.ResultSet rs) -> {
                    each.accept(DbTime.instant(rs, 1));
                });
    }

    /** What {@link #forget} changes: the events whose actor loses the e-mail address and client addresses. */
    public Map<String, Long> counts(UserId person, String email) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("security.auditAnonymised", jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? OR actor = ?")
                .params(person.value(), email).query(Long.class).single());
        counts.put("security.providerLink", jdbc.sql("SELECT COUNT(*) FROM account_identity WHERE user_id = ?")
                .param(person.value()).query(Long.class).single());
        return counts;
    }

    /**
     * The audit log keeps the person's id and what happened; their e-mail and client addresses go, and so do
     * the throttling counters of their account (keyed by hashes of the account and of the addresses it used, and
     * the "wachtwoord vergeten" counter of their address), and so does the link to their municipality's provider.
     */
    public void forget(UserId person, String email) {
        jdbc.sql("DELETE FROM account_identity WHERE user_id = ?").param(person.value()).update();
        String name = LoginThrottle.normalise(email);
        List<String> addresses = jdbc.sql("SELECT DISTINCT target FROM audit_event WHERE actor_id = :id "
                        + "AND action IN (:actions) AND target IS NOT NULL")
                .param("id", person.value()).param("actions", ADDRESS_ACTIONS).query(String.class).list();
        List<String> throttleKeys = new ArrayList<>();
        throttleKeys.add(LoginThrottle.accountSubject(name));
        addresses.forEach(address -> throttleKeys.add(LoginThrottle.pairSubject(name, address)));
        jdbc.sql("DELETE FROM login_throttle WHERE subject_kind IN ('ACCOUNT', 'PAIR') AND subject IN (:keys)")
                .param("keys", throttleKeys).update();
        // Also where the person is only the subject: "wachtwoord vergeten" asked anonymously about their account.
        jdbc.sql("UPDATE audit_event SET target = NULL WHERE (actor_id = :id OR subject_id = :id) AND action IN (:actions)")
                .param("id", person.value()).param("actions", ADDRESS_ACTIONS).update();
        jdbc.sql("DELETE FROM request_throttle WHERE subject = ?").param(nl.kopgroep.base.Hashes.sha256Hex(name)).update();
        jdbc.sql("UPDATE audit_event SET actor = NULL WHERE actor_id = ? OR actor = ?").params(person.value(), email).update();
    }

    /** Removes the client addresses of audit events older than {@code cutoff}; the events stay. */
    public int forgetAddressesBefore(Instant cutoff) {
        return jdbc.sql("UPDATE audit_event SET target = NULL WHERE action IN (:actions) AND occurred_at < :cutoff "
                        + "AND target IS NOT NULL")
                .param("actions", ADDRESS_ACTIONS).param("cutoff", utc(cutoff)).update();
    }

    /**
     * Removes audit events (failed sign-ins among them) older than {@code cutoff}, and throttling counters
     * that have seen nothing since.
     */
    public int removeEventsBefore(Instant cutoff) {
        int events = jdbc.sql("DELETE FROM audit_event WHERE occurred_at < ?").param(utc(cutoff)).update();
        return events + jdbc.sql("DELETE FROM login_throttle WHERE COALESCE(last_failure_at, last_success_at) < :cutoff "
                        + "AND (last_success_at IS NULL OR last_success_at < :cutoff) "
                        + "AND (next_attempt_at IS NULL OR next_attempt_at < :cutoff)")
                .param("cutoff", utc(cutoff)).update();
    }

}
