package nl.kopgroep.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.MemberRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Management sees journal activity only as counts per cohort, and nothing for a cohort under five. */
@KopgroepTest
@Transactional
class JournalActivityTest {

    @Autowired nl.kopgroep.organisation.OrganisationCohortService organisationCohorts;
    @Autowired nl.kopgroep.journal.JournalActivityService activity;
    @Autowired nl.kopgroep.organisation.CohortAdministrationService cohortAdmin;
    @Autowired JournalService journal;
    @Autowired CohortService cohorts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void countsPerMonthForACohortOfFiveOrMoreAndNoneForAMonthWithFewerThanFiveWriters() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        long cohort = jdbc.sql("SELECT id FROM cohort WHERE name = 'Kopgroep Voorbeeldstad 1'").query(Long.class).single();
        List<Long> authors = jdbc.sql("SELECT user_id FROM cohort_member WHERE cohort_id = ? AND member_role = 'PARTICIPANT' "
                + "ORDER BY user_id LIMIT 5").param(cohort).query(Long.class).list();
        ReportingPeriod past = new ReportingPeriod(new CohortId(cohort), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30));
        for (int i = 0; i < 4; i++) {
            write(authors.get(i), cohort, "2020-03-1" + i);
        }
        write(authors.get(0), cohort, "2020-03-20");

        CohortActivity fewWriters = activity.cohortActivity(past).getFirst();
        assertThat(fewWriters.shown()).isTrue();
        assertThat(fewWriters.months()).hasSize(6);
        assertThat(fewWriters.months().get(YearMonth.of(2020, 3))).as("four writers: no figure")
                .isEqualTo(new CohortActivity.Month(0, 0, true));
        assertThat(fewWriters.months().get(YearMonth.of(2020, 4)).suppressed()).as("nobody wrote: an honest zero").isFalse();

        write(authors.get(4), cohort, "2020-03-25");
        assertThat(activity.cohortActivity(past).getFirst().months().get(YearMonth.of(2020, 3)))
                .as("private entries count too, as a number").isEqualTo(new CohortActivity.Month(6, 5, false));
    }

    private void write(long author, long cohort, String day) {
        jdbc.sql("INSERT INTO reflection (author_id, cohort_id, title, body, visibility, created_at, updated_at, version) "
                        + "VALUES (?, ?, 'Oud', 'Tekst', 'PRIVATE', ?, ?, 0)")
                .params(author, cohort, day + " 10:00:00", day + " 10:00:00").update();
    }

    @Test
    void aCohortUnderFiveShowsNoFigures() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CohortSummary small = cohortAdmin.create(organisationCohorts.organisationCohorts().getFirst().organisationId(),
                "Kleine kopgroep", LocalDate.now().minusMonths(2));
        for (String email : new String[] {"eva.smit@voorbeeldstad.nl", "bram.hendriks@voorbeeldstad.nl"}) {
            cohortAdmin.addMember(small.id(), new nl.kopgroep.base.UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                    .param(email).query(Long.class).single()), MemberRole.PARTICIPANT);
        }
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        CohortActivity figures = activity.cohortActivity().stream()
                .filter(a -> a.cohortName().equals("Kleine kopgroep")).findFirst().orElseThrow();
        assertThat(figures.shown()).isFalse();
        assertThat(figures.participants()).isEqualTo(2);
        assertThat(figures.entriesPerMonth()).isEmpty();
    }

    @Test
    void participantsAndCoachesDoNotGetTheAggregate() {
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH}) {
            DemoUsers.signIn(users, email);
            assertThatThrownBy(() -> activity.cohortActivity()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
