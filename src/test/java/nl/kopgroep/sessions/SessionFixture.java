package nl.kopgroep.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Helpers for the sessions' tests: the demo's participants and a session planned through the real service. */
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
}
