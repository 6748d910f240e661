package nl.kopgroep.scan;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test helpers for the scan: a clean slate for a person, filling in every competency. */
final class ScanFixture {

    private ScanFixture() {
    }

    /** Removes the demo's scans of these people (inside the test's transaction). */
    static void noScansFor(JdbcClient jdbc, String... emails) {
        for (String email : emails) {
            jdbc.sql("DELETE FROM competency_scan WHERE participant_id = (SELECT id FROM app_user WHERE email = ?)")
                    .param(email).update();
        }
    }

    static long idOf(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    static void as(UserDetailsService users, String email) {
        DemoUsers.signIn(users, email);
    }

    /** Gives every competency the same level through the given saver. */
    static void scoreAll(ProgrammeService programme, int level, java.util.function.Consumer<ScoreForm> save) {
        for (Competency competency : programme.competencies()) {
            save.accept(new ScoreForm(competency.code(), level, null, null, null));
        }
    }
}
