package nl.kopgroep.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Eight participants sign up for the last three seats at the same moment, each in their own transaction: the row lock
 * on the session hands out exactly three seats and five places on the waiting list, numbered 1–5 without a gap or a
 * double. Not transactional itself (the sign-ups must commit); the session is removed afterwards.
 */
@KopgroepTest
class SessionConcurrencyTest {

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
    void concurrentSignUpsNeverExceedTheCapacity() throws Exception {
        List<String> people = SessionFixture.participants(jdbc, "voorbeeldstad").subList(0, 8);
        session = SessionFixture.plannedWorkshop(planning, users, "Drie plaatsen, acht gegadigden", 3);

        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch ready = new CountDownLatch(people.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SignupStatus>> results = new ArrayList<>();
        try {
            for (String person : people) {
                var signUp = SessionFixture.signUpAs(users, sessions, person, session);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return signUp.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<SignupStatus> statuses = new ArrayList<>();
            for (Future<SignupStatus> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == SignupStatus.CONFIRMED).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == SignupStatus.WAITING).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(SessionFixture.signUps(jdbc, session, SignupStatus.CONFIRMED)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT position FROM session_signup WHERE session_id = ? AND status = 'WAITING' ORDER BY position")
                .param(session.value()).query(Integer.class).list()).containsExactly(1, 2, 3, 4, 5);
    }
}
