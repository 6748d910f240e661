package nl.kopgroep.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.base.UserId;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Helpers for the sessions' tests: the demo's participants, a session planned through the real service, and the set-up
 * the seat-race tests share (a sign-up in a thread of its own, a row to hold it on, the wait for its lock).
 */
final class SessionFixture {

    static final String LINDENDAL_ADMIN = "beheer@lindendal.nl";

    private SessionFixture() {
    }

    /** The participants of a demo municipality ({@code voorbeeldstad}, {@code lindendal}), the demo participant first. */
    static List<String> participants(JdbcClient jdbc, String organisationCode) {
        return jdbc.sql("""
                SELECT u.email FROM app_user u JOIN organisation o ON o.id = u.organisation_id
                JOIN user_role r ON r.user_id = u.id
                WHERE o.code = ? AND r.role = 'PARTICIPANT' AND u.active = TRUE
                ORDER BY u.email LIKE 'deelnemer@%' DESC, u.id""").param(organisationCode).query(String.class).list();
    }

    static UserId idOf(JdbcClient jdbc, String email) {
        return new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single());
    }

    static long organisationId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single();
    }

    static long jointProgramme(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM joint_programme ORDER BY id LIMIT 1").query(Long.class).single();
    }

    static void as(UserDetailsService users, String email) {
        DemoUsers.signIn(users, email);
    }

    /** A workshop two days ahead for the whole municipality of the signed-in admin. */
    static SessionForm workshop(String title, int capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        SessionForm form = SessionForm.of(SessionKind.WORKSHOP, title, start, start.plus(Duration.ofHours(2)), capacity);
        form.setPlace("Stadskantoor");
        return form;
    }

    /**
     * The seat-race tests' session: a workshop with {@code capacity} seats, planned by the demo administrator (who is
     * signed out again). The tests remove it with {@link #remove}.
     */
    static SessionId plannedWorkshop(SessionPlanningService planning, UserDetailsService users, String title,
                                     int capacity) {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        try {
            return planning.plan(workshop(title, capacity));
        } finally {
            DemoUsers.signOut();
        }
    }

    /** Removes a session the test planned, with its sign-ups; nothing when it planned none. */
    static void remove(JdbcClient jdbc, @Nullable SessionId session) {
        if (session != null) {
            jdbc.sql("DELETE FROM planned_session WHERE id = ?").param(session.value()).update();
        }
    }

    /** {@code person} signs up for {@code session} in a thread of their own, as signed in there. */
    static Callable<SignupStatus> signUpAs(UserDetailsService users, SessionService sessions, String person,
                                          SessionId session) {
        return () -> {
            DemoUsers.signIn(users, person);
            try {
                return sessions.signUp(session);
            } finally {
                DemoUsers.signOut();
            }
        };
    }

    /**
     * A cancelled sign-up of {@code person}: a row another connection can lock, so that {@code person}'s sign-up waits
     * for it inside its transaction (after it took the seat lock). Returns the row's id.
     */
    static long cancelledSignUp(JdbcClient jdbc, SessionId session, String person) {
        jdbc.sql("""
                INSERT INTO session_signup (session_id, user_id, status, position, invited_by, attended, signed_up_at, updated_at)
                VALUES (?, ?, 'CANCELLED', NULL, NULL, FALSE, NOW(6), NOW(6))""")
                .params(session.value(), idOf(jdbc, person).value()).update();
        return jdbc.sql("SELECT id FROM session_signup WHERE session_id = ?").param(session.value()).query(Long.class).single();
    }

    /** Waits until some transaction of the database waits for a lock (the sign-up, blocked where the test wants it). */
    static void awaitALockWait(JdbcClient jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                .query(Long.class).single() > 0);
    }

    static int signUps(JdbcClient jdbc, SessionId session, SignupStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM session_signup WHERE session_id = ? AND status = ?")
                .params(session.value(), status.name()).query(Integer.class).single();
    }
}
