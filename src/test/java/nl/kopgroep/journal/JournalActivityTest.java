package nl.kopgroep.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
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

    @Autowired JournalService journal;
    @Autowired CohortService cohorts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void countsPerMonthForACohortOfFiveOrMore() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        long before = journal.cohortActivity().getFirst().entriesPerMonth().getOrDefault(YearMonth.now(), 0L);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        journal.save(JournalPrivacyTest.entry("Vandaag", "Een notitie van vandaag.", Visibility.PRIVATE));
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        CohortActivity activity = journal.cohortActivity().stream()
                .filter(a -> a.cohortName().equals("Kopgroep Voorbeeldstad 1")).findFirst().orElseThrow();
        assertThat(activity.shown()).isTrue();
        assertThat(activity.entriesPerMonth()).hasSize(12);
        assertThat(activity.entriesPerMonth().get(YearMonth.now())).as("private entries count too, as a number")
                .isEqualTo(before + 1);
    }

    @Test
    void aCohortUnderFiveShowsNoFigures() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CohortSummary small = cohorts.create(cohorts.organisationCohorts().getFirst().organisationId(),
                "Kleine kopgroep", LocalDate.now().minusMonths(2));
        for (String email : new String[] {"eva.smit@voorbeeldstad.nl", "bram.hendriks@voorbeeldstad.nl"}) {
            cohorts.addMember(small.id(), new nl.kopgroep.base.UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                    .param(email).query(Long.class).single()), MemberRole.PARTICIPANT);
        }
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        CohortActivity activity = journal.cohortActivity().stream()
                .filter(a -> a.cohortName().equals("Kleine kopgroep")).findFirst().orElseThrow();
        assertThat(activity.shown()).isFalse();
        assertThat(activity.participants()).isEqualTo(2);
        assertThat(activity.entriesPerMonth()).isEmpty();
    }

    @Test
    void participantsAndCoachesDoNotGetTheAggregate() {
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH}) {
            DemoUsers.signIn(users, email);
            assertThatThrownBy(() -> journal.cohortActivity()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
