package nl.kopgroep.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A sign-up that the database picks as a deadlock victim is run again as a whole (@RetryOnWriteConflict) and
 * counted once. The deadlock is a real one on the test database: another transaction holds the row lock on the
 * participant's (cancelled) sign-up; the sign-up takes the session's seat lock and waits for that row; then the
 * other transaction asks for the session's row — each waits for the other. The other transaction has written more
 * rows, so InnoDB rolls back the sign-up (MariaDB error 1213, the error a Galera node also reports for a lost
 * certification). Without the retry the participant would see an error.
 */
@KopgroepTest
class SignUpRetryTest {

    private static final String HEAVIER = "signup-retry-test";

    @Autowired SessionService sessions;
    @Autowired SessionPlanningService planning;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private SessionId session;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        SessionFixture.remove(jdbc, session);
        jdbc.sql("DELETE FROM request_throttle WHERE purpose = ?").param(HEAVIER).update();
    }

    @Test
    void aSignUpChosenAsDeadlockVictimIsRetriedAndCountedOnce() throws Exception {
        String person = SessionFixture.participants(jdbc, "voorbeeldstad").get(0);
        session = SessionFixture.plannedWorkshop(planning, users, "Een impasse en een nieuwe poging", 5);
        long signup = SessionFixture.cancelledSignUp(jdbc, session, person);
        long deadlocksBefore = deadlocks();

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // Rows written make this transaction the heavier one: InnoDB rolls back the lighter side of a deadlock.
            try (PreparedStatement insert = other.prepareStatement(
                    "INSERT INTO request_throttle (purpose, subject, requests) VALUES (?, ?, 0)")) {
                for (int i = 0; i < 20; i++) {
                    insert.setString(1, HEAVIER);
                    insert.setString(2, String.format("%064d", i));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement lockSignup = other.prepareStatement(
                    "SELECT id FROM session_signup WHERE id = ? FOR UPDATE")) {
                lockSignup.setLong(1, signup);
                lockSignup.executeQuery().close();
            }

            Future<SignupStatus> signUp = pool.submit(SessionFixture.signUpAs(users, sessions, person, session));
            SessionFixture.awaitALockWait(jdbc);

            // Closes the circle; the sign-up is the victim, so this statement gets its lock and returns.
            try (PreparedStatement lockSession = other.prepareStatement(
                    "SELECT id FROM planned_session WHERE id = ? FOR UPDATE")) {
                lockSession.setLong(1, session.value());
                lockSession.executeQuery().close();
            }
            other.rollback();

            assertThat(signUp.get(30, TimeUnit.SECONDS)).isEqualTo(SignupStatus.CONFIRMED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(deadlocks()).as("a real deadlock happened").isGreaterThan(deadlocksBefore);
        assertThat(SessionFixture.signUps(jdbc, session, SignupStatus.CONFIRMED)).isEqualTo(1);
    }

    private long deadlocks() {
        return jdbc.sql("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'")
                .query(Long.class).single();
    }
}
