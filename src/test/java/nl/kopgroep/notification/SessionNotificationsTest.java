package nl.kopgroep.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.sessions.SessionForm;
import nl.kopgroep.sessions.SessionId;
import nl.kopgroep.sessions.SessionKind;
import nl.kopgroep.sessions.SessionPlanningService;
import nl.kopgroep.sessions.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** A session's changes reach who signed up: a bell item pointing at the session and a line for the digest. */
@KopgroepTest
@Transactional
class SessionNotificationsTest {

    @Autowired SessionService sessions;
    @Autowired SessionPlanningService planning;
    @Autowired NotificationService notifications;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aCancellationAndAMoveUpFromTheWaitingListReachThePeopleConcerned() {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        SessionForm form = SessionForm.of(SessionKind.WORKSHOP, "Eén plaats", start, start.plus(Duration.ofHours(2)), 1);
        form.setPlace("Stadskantoor");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        SessionId session = planning.plan(form);
        DemoUsers.signIn(users, "daan.jansen@voorbeeldstad.nl");
        sessions.signUp(session);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        sessions.signUp(session);
        DemoUsers.signIn(users, "daan.jansen@voorbeeldstad.nl");
        sessions.cancel(session);

        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(notifications.recent()).filteredOn(n -> n.kind() == NotificationKind.SESSION_MOVED_UP).singleElement()
                .satisfies(n -> {
                    assertThat(n.actorName()).isEqualTo("Eén plaats");
                    assertThat(n.target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.SESSION, session.value()));
                });

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        planning.cancel(session);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(notifications.recent()).extracting(NotificationItem::kind).contains(NotificationKind.SESSION_CANCELLED);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM mail_notice n JOIN app_user u ON u.id = n.recipient_id
                WHERE u.email = ? AND n.topic = 'SESSIONS'""").param(DemoUsers.PARTICIPANT).query(Long.class).single())
                .as("moved up and cancelled, for the digest").isEqualTo(2);
    }
}
