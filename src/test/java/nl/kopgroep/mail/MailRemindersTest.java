package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The daily reminders of every feature, run as on a chosen day: each is noted once per period (a second run on the
 * same day notes nothing), for the people it concerns.
 */
@KopgroepTest
class MailRemindersTest {

    @Autowired ReminderJob reminders;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MailSettings settings;
    @Autowired JournalService journal;
    @Autowired ReviewService review;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    private List<String> keys(String email, String prefix) {
        return jdbc.sql("SELECT dedupe_key FROM mail_notice WHERE recipient_id = ? AND dedupe_key LIKE ? ORDER BY dedupe_key")
                .param(id(email)).param(prefix + "%").query(String.class).list();
    }

    @Test
    void aModuleThatOpensAndLessonsBehindScheduleOncePerPeriod() {
        long participant = id(DemoUsers.PARTICIPANT);
        long cohort = jdbc.sql("SELECT cohort_id FROM cohort_member WHERE user_id = ? AND member_role = 'PARTICIPANT'")
                .param(participant).query(Long.class).list().getFirst();
        LocalDate start = jdbc.sql("SELECT start_date FROM cohort WHERE id = ?").param(cohort).query(LocalDate.class).single();
        // The last module: its lessons are not all done by the demo participant.
        record Module(long id, String key, int from) {
        }
        Module last = jdbc.sql("""
                        SELECT m.id, m.module_key, COALESCE(w.window_from, m.window_from) FROM programme_module m
                        LEFT JOIN cohort_module_window w ON w.module_id = m.id AND w.cohort_id = ?
                        WHERE m.retired = FALSE ORDER BY m.position DESC LIMIT 1""")
                .param(cohort).query((rs, row) -> new Module(rs.getLong(1), rs.getString(2), rs.getInt(3))).single();
        LocalDate opens = start.plusMonths(last.from() - 1L);

        reminders.run(opens.minusDays(3));
        assertThat(keys(DemoUsers.PARTICIPANT, "module-opens:cohort-" + cohort + ":"))
                .contains("module-opens:cohort-" + cohort + ":" + last.key());
        int noted = reminders.run(opens.minusDays(2));
        assertThat(keys(DemoUsers.PARTICIPANT, "module-opens:cohort-" + cohort + ":" + last.key())).hasSize(1);

        LocalDate behind = opens.plusDays(25);
        reminders.run(behind);
        String key = "lessons-behind:" + last.key() + ":" + behind.getYear() + "-" + behind.getMonthValue();
        assertThat(keys(DemoUsers.PARTICIPANT, key)).containsExactly(key);
        assertThat(reminders.run(behind)).as("the same day again: nothing new").isZero();
        assertThat(noted).isGreaterThanOrEqualTo(0);
        assertThat(keys(DemoUsers.MANAGER, "module-opens")).as("not for managers").isEmpty();
    }

    @Test
    void aCheckInAndTheHalfYearlyEvaluationWhenDue() {
        LocalDate day = LocalDate.now(clock).plusDays(40);
        reminders.run(day);
        List<String> checkIns = keys(DemoUsers.PARTICIPANT, "check-in:goal-");
        List<String> evaluations = keys(DemoUsers.PARTICIPANT, "evaluation:goal-");
        assertThat(checkIns).isNotEmpty();
        assertThat(evaluations).isNotEmpty().allSatisfy(k -> assertThat(k).matches("evaluation:goal-[0-9]+:[1-9]"));
        assertThat(reminders.run(day)).isZero();
        assertThat(keys(DemoUsers.PARTICIPANT, "check-in:goal-")).isEqualTo(checkIns);
        assertThat(keys(DemoUsers.COACH, "check-in:")).as("a coach's goals are not theirs to check in").isEmpty();
    }

    @Test
    void aCoachIsNudgedOnceForAnEntryThatWaitsWithoutTheirReaction() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        ReflectionId waiting = journal.save(new EntryForm(null, "Wacht", "Tekst.", Visibility.COACH, null, null, null, null));
        ReflectionId reviewed = journal.save(new EntryForm(null, "Gezien", "Tekst.", Visibility.COACH, null, null, null, null));
        try {
            DemoUsers.signIn(users, DemoUsers.COACH);
            review.markReviewed(reviewed, null);
            DemoUsers.signOut();

            reminders.run(LocalDate.now(clock).plusDays(settings.nudgeAfterDays() - 1L));
            assertThat(keys(DemoUsers.COACH, "nudge:entry-" + waiting.value())).as("not yet").isEmpty();
            reminders.run(LocalDate.now(clock).plusDays(settings.nudgeAfterDays() + 1L));
            assertThat(keys(DemoUsers.COACH, "nudge:entry-" + waiting.value())).hasSize(1);
            assertThat(keys(DemoUsers.COACH, "nudge:entry-" + reviewed.value())).as("the coach reacted").isEmpty();
            reminders.run(LocalDate.now(clock).plusDays(settings.nudgeAfterDays() + 2L));
            assertThat(keys(DemoUsers.COACH, "nudge:entry-" + waiting.value())).as("once per entry").hasSize(1);
            String line = jdbc.sql("SELECT CONCAT(line_key, '|', arg1, '|', arg2, '|', link_path) FROM mail_notice WHERE dedupe_key = ?")
                    .param("nudge:entry-" + waiting.value()).query(String.class).single();
            assertThat(line).isEqualTo("mail.notice.nudge|Sanne de Vries|" + (settings.nudgeAfterDays() + 1) + "|/coach/notitie/"
                    + waiting.value());
        } finally {
            DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
            journal.delete(waiting);
            journal.delete(reviewed);
        }
    }

    @Test
    void managersHearOfNewCheckInsMonthlyAndOfPlanningMomentsAhead() {
        // The demo's newest check-ins are ten days old: the month after theirs begins with the note.
        YearMonth month = YearMonth.from(LocalDate.now(clock).minusDays(10));
        reminders.run(month.plusMonths(1).atDay(1));
        assertThat(keys(DemoUsers.MANAGER, "dashboard:")).contains("dashboard:" + month);
        assertThat(keys(DemoUsers.PARTICIPANT, "dashboard:")).as("for managers only").isEmpty();
        reminders.run(month.plusMonths(1).atDay(2));
        assertThat(keys(DemoUsers.MANAGER, "dashboard:" + month)).hasSize(1);

        reminders.run(LocalDate.of(2031, 3, 10));
        assertThat(keys(DemoUsers.MANAGER, "planning:VOORJAARSNOTA:2031")).as("21 days ahead: not yet").isEmpty();
        reminders.run(LocalDate.of(2031, 3, 20));
        assertThat(keys(DemoUsers.MANAGER, "planning:")).contains("planning:VOORJAARSNOTA:2031");
        reminders.run(LocalDate.of(2031, 3, 31));
        assertThat(keys(DemoUsers.MANAGER, "planning:VOORJAARSNOTA:2031")).hasSize(1);
        assertThat(keys(DemoUsers.PARTICIPANT, "planning:")).isEmpty();
    }

}
