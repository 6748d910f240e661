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
        CohortId past = new CohortId(cohort);
        for (int i = 0; i < 4; i++) {
            write(authors.get(i), cohort, "2020-03-1" + i);
        }
        write(authors.get(0), cohort, "2020-03-20");

        CohortActivity fewWriters = activity.cohortActivity(past, YearMonth.of(2020, 1), YearMonth.of(2020, 6)).getFirst();
        assertThat(fewWriters.shown()).isTrue();
        assertThat(fewWriters.months()).hasSize(6);
        assertThat(fewWriters.months().get(YearMonth.of(2020, 3))).as("four writers: no figure")
                .isEqualTo(new CohortActivity.Month(0, 0, true));
        assertThat(fewWriters.months().get(YearMonth.of(2020, 4)).suppressed()).as("nobody wrote: an honest zero").isFalse();

        write(authors.get(4), cohort, "2020-03-25");
        assertThat(activity.cohortActivity(past, YearMonth.of(2020, 1), YearMonth.of(2020, 6)).getFirst().months().get(YearMonth.of(2020, 3)))
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
        assertThat(figures.entriesPerMonth()).isEmpty();
    }

    /**
     * The differencing attack of issue 11: "1–31 March minus 2–31 March" tells what one person wrote on
     * 1 March. The API takes calendar months, so there is no 2–31 March to ask for; every question that
     * can be asked gives March the same figure, and the month in progress is not given at all.
     */
    @Test
    void theDifferencingAttackFindsNothingToSubtract() throws Exception {
        for (var method : JournalActivityService.class.getMethods()) {
            if (method.getDeclaringClass() == JournalActivityService.class) {
                assertThat(method.getParameterTypes()).as("%s takes months, never days", method.getName())
                        .doesNotContain(LocalDate.class, ReportingPeriod.class, java.time.LocalDateTime.class,
                                java.time.Instant.class);
            }
        }
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        long cohort = jdbc.sql("SELECT id FROM cohort WHERE name = 'Kopgroep Voorbeeldstad 1'").query(Long.class).single();
        List<Long> authors = jdbc.sql("SELECT user_id FROM cohort_member WHERE cohort_id = ? AND member_role = 'PARTICIPANT' "
                + "ORDER BY user_id LIMIT 6").param(cohort).query(Long.class).list();
        write(authors.get(0), cohort, "2020-03-01");
        for (int i = 1; i < 6; i++) {
            write(authors.get(i), cohort, "2020-03-1" + i);
        }
        CohortId id = new CohortId(cohort);
        CohortActivity.Month march = activity.cohortActivity(id, YearMonth.of(2020, 3), YearMonth.of(2020, 3))
                .getFirst().months().get(YearMonth.of(2020, 3));
        assertThat(march).as("the whole month, 1 March included").isEqualTo(new CohortActivity.Month(6, 6, false));
        for (YearMonth first : List.of(YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3))) {
            for (YearMonth last : List.of(YearMonth.of(2020, 3), YearMonth.of(2020, 4), YearMonth.of(2020, 12))) {
                assertThat(activity.cohortActivity(id, first, last).getFirst().months().get(YearMonth.of(2020, 3)))
                        .as("March asked as part of %s–%s", first, last).isEqualTo(march);
            }
        }

        YearMonth thisMonth = YearMonth.now();
        assertThat(activity.cohortActivity(id, thisMonth.minusMonths(2), thisMonth.plusMonths(3)).getFirst().months())
                .as("only completed months: this month's figure would change by the day")
                .containsOnlyKeys(thisMonth.minusMonths(2), thisMonth.minusMonths(1));
        assertThat(activity.cohortActivity().getFirst().months()).hasSize(12).doesNotContainKey(thisMonth);
    }

    /** The one-person-cohort attack: a cohort of one or of four gives no figure at all, only that it is too small. */
    @Test
    void aCohortOfOneOrFourGivesNoFigureEvenWhenAllOfThemWrite() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        var organisation = organisationCohorts.organisationCohorts().getFirst().organisationId();
        CohortSummary one = cohortAdmin.create(organisation, "Kopgroep van één", LocalDate.now().minusMonths(4));
        CohortSummary four = cohortAdmin.create(organisation, "Kopgroep van vier", LocalDate.now().minusMonths(4));
        List<Long> people = jdbc.sql("SELECT id FROM app_user WHERE email IN ('eva.smit@voorbeeldstad.nl', "
                + "'bram.hendriks@voorbeeldstad.nl', 'noor.mulder@voorbeeldstad.nl', 'daan.jansen@voorbeeldstad.nl', "
                + "'fatima.bouzid@voorbeeldstad.nl') ORDER BY id").query(Long.class).list();
        cohortAdmin.addMember(one.id(), new nl.kopgroep.base.UserId(people.get(0)), MemberRole.PARTICIPANT);
        for (long person : people.subList(1, 5)) {
            cohortAdmin.addMember(four.id(), new nl.kopgroep.base.UserId(person), MemberRole.PARTICIPANT);
        }
        String lastMonth = YearMonth.now().minusMonths(1).atDay(3).toString();
        write(people.get(0), one.id().value(), lastMonth);
        people.subList(1, 5).forEach(person -> write(person, four.id().value(), lastMonth));

        DemoUsers.signIn(users, DemoUsers.MANAGER);
        for (CohortSummary small : List.of(one, four)) {
            CohortActivity figures = activity.cohortActivity(small.id(), YearMonth.now().minusMonths(3), YearMonth.now())
                    .getFirst();
            assertThat(figures.shown()).as(small.name()).isFalse();
            assertThat(figures.months()).as(small.name()).isEmpty();
        }
    }

    @Test
    void participantsAndCoachesDoNotGetTheAggregate() {
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH}) {
            DemoUsers.signIn(users, email);
            assertThatThrownBy(() -> activity.cohortActivity()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
