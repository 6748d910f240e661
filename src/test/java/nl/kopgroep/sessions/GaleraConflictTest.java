package nl.kopgroep.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two Galera nodes hand out the last seat of one session at the same moment. The application signs up through the
 * first node while a sign-up for the same seat commits on the second node. Galera does not carry a row lock to the
 * other node: the second node commits, and when its write set (the session's row, a sign-up whose foreign key needs
 * that row) is applied on the first node it meets the application's open transaction holding the session's row, so
 * Galera aborts that transaction (error 1213). The sign-up is retried as a whole, sees the seat taken and lands on
 * the waiting list — one confirmed seat, not two, and no error for the participant.
 *
 * <p>This proves the retry across nodes. It does not tell the seat lock's {@code UPDATE} (0039) from the old
 * {@code SELECT … FOR UPDATE}: here the replicated write needs the locked row either way. The {@code UPDATE} is for
 * the case a test cannot time: both nodes certify at the same instant, when only written keys conflict (DD015).
 *
 * <p>Runs only against a cluster: {@code .ci/galera test} sets {@code KOPGROEP_GALERA_NODES} to the JDBC URLs of the
 * first and second node (the application's own URL must point at the first node).
 */
@KopgroepTest
@EnabledIfEnvironmentVariable(named = "KOPGROEP_GALERA_NODES", matches = ".+")
class GaleraConflictTest {

    @Autowired SessionService sessions;
    @Autowired SessionPlanningService planning;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private SessionId session;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        SessionFixture.remove(jdbc, session);
    }

    @Test
    void theLastSeatIsGivenOnceAcrossTwoNodes() throws Exception {
        List<String> nodes = List.of(System.getenv("KOPGROEP_GALERA_NODES").split(","));
        String user = System.getenv().getOrDefault("KOPGROEP_DB_USER", "root");
        String password = System.getenv().getOrDefault("KOPGROEP_DB_PASSWORD", "");
        List<String> people = SessionFixture.participants(jdbc, "voorbeeldstad");
        String me = people.get(0);
        long other = SessionFixture.idOf(jdbc, people.get(1)).value();
        session = SessionFixture.plannedWorkshop(planning, users, "Eén plaats, twee knooppunten", 1);
        // A cancelled sign-up of mine, so the first node can hold my sign-up's row and keep my sign-up waiting
        // inside its transaction (after it took the seat lock) while the second node commits.
        long mine = SessionFixture.cancelledSignUp(jdbc, session, me);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = DriverManager.getConnection(nodes.get(0), user, password);
             Connection second = DriverManager.getConnection(nodes.get(1), user, password)) {
            first.setAutoCommit(false);
            try (PreparedStatement hold = first.prepareStatement("SELECT id FROM session_signup WHERE id = ? FOR UPDATE")) {
                hold.setLong(1, mine);
                hold.executeQuery().close();
            }
            long abortsBefore = bruteForceAborts(first);

            Future<SignupStatus> signUp = pool.submit(SessionFixture.signUpAs(users, sessions, me, session));
            SessionFixture.awaitALockWait(jdbc);

            // The other participant takes the seat on the second node, as SessionStore would.
            second.setAutoCommit(false);
            try (PreparedStatement seat = second.prepareStatement(
                    "UPDATE planned_session SET seat_changes = seat_changes + 1 WHERE id = ?");
                 PreparedStatement take = second.prepareStatement("""
                         INSERT INTO session_signup (session_id, user_id, status, position, invited_by, attended,
                         signed_up_at, updated_at) VALUES (?, ?, 'CONFIRMED', NULL, NULL, FALSE, NOW(6), NOW(6))""")) {
                seat.setLong(1, session.value());
                assertThat(seat.executeUpdate()).isEqualTo(1);
                take.setLong(1, session.value());
                take.setLong(2, other);
                take.executeUpdate();
            }
            second.commit();

            // The first node aborted the application's transaction for the replicated write set; then my row is freed.
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> bruteForceAborts(first) > abortsBefore);
            first.rollback();

            assertThat(signUp.get(30, TimeUnit.SECONDS)).isEqualTo(SignupStatus.WAITING);
        } finally {
            pool.shutdownNow();
        }
        assertThat(SessionFixture.signUps(jdbc, session, SignupStatus.CONFIRMED)).isEqualTo(1);
        assertThat(SessionFixture.signUps(jdbc, session, SignupStatus.WAITING)).isEqualTo(1);
    }

    private static long bruteForceAborts(Connection node) throws Exception {
        try (PreparedStatement status = node.prepareStatement(
                "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_LOCAL_BF_ABORTS'");
             var rs = status.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
