package nl.kopgroep.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.organisation.CohortAdministrationService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.MemberRole;
import nl.kopgroep.organisation.OrganisationCohortService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees whose four-roles balance, role by role (JournalPrivacyTest is the model): a participant only
 * their own; a coach only their assigned coachees, with private entries never counted; management only
 * cohorts of five or more, per completed quarter with five or more contributors, WORK goals only and never
 * anything of the journal. Sanne (deelnemer@voorbeeldstad.nl) is coached by Marieke (coach@voorbeeldstad.nl).
 */
@KopgroepTest
@Transactional
class BalancePrivacyTest {

    private static final String SANNE = DemoUsers.PARTICIPANT;
    private static final String OTHER_COACH = "a.elamrani@voorbeeldstad.nl";
    private static final String FELLOW = "daan.jansen@voorbeeldstad.nl";

    @Autowired ParticipantBalanceService participant;
    @Autowired CoachBalanceService coach;
    @Autowired CohortBalanceService management;
    @Autowired JournalService journal;
    @Autowired nl.kopgroep.connections.ConnectionMapService maps;
    @Autowired CohortAdministrationService cohortAdmin;
    @Autowired OrganisationCohortService organisationCohorts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aParticipantHasOnlyTheirOwnBalance() {
        as(SANNE);
        assertThat(participant.myBalance().isEmpty()).as("Sanne's demo goals and entries").isFalse();
        assertThatThrownBy(() -> coach.balanceOf(id(FELLOW))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.cohortBalances()).isInstanceOf(AccessDeniedException.class);
        for (String other : List.of(DemoUsers.COACH, DemoUsers.MANAGER, DemoUsers.ADMIN)) {
            as(other);
            assertThatThrownBy(() -> participant.myBalance()).as(other).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theAssignedCoachCountsSharedEntriesOnlyAPrivateTaggedEntryChangesNothing() {
        as(DemoUsers.COACH);
        CoacheeBalance before = coach.balanceOf(id(SANNE));
        assertThat(before.name()).isEqualTo("Sanne de Vries");

        as(SANNE);
        journal.save(entry("Alleen voor mij", Visibility.PRIVATE, MunicipalRole.RECHTMATIG));
        journal.save(entry("Ook alleen voor mij", Visibility.PRIVATE, null));
        as(DemoUsers.COACH);
        assertThat(coach.balanceOf(id(SANNE))).as("private entries: not a role, not a count, not a quarter")
                .isEqualTo(before);

        as(SANNE);
        journal.save(entry("Voor mijn coach", Visibility.COACH, MunicipalRole.RECHTMATIG));
        as(DemoUsers.COACH);
        QuarterBalance now = BalanceServiceTest.thisQuarter(coach.balanceOf(id(SANNE)).balance());
        QuarterBalance then = BalanceServiceTest.thisQuarter(before.balance());
        assertThat(now.of(BalanceSource.ENTRIES).count(MunicipalRole.RECHTMATIG)
                - then.of(BalanceSource.ENTRIES).count(MunicipalRole.RECHTMATIG)).as("a shared entry does count").isEqualTo(1);
        assertThat(now.of(BalanceSource.ENTRIES).total() - then.of(BalanceSource.ENTRIES).total()).isEqualTo(1);
    }

    @Test
    void tiesOfTheMapCountForTheParticipantAndForTheCoachOnlyWhileTheMapIsShared() {
        as(DemoUsers.COACH);
        QuarterBalance coachBefore = BalanceServiceTest.thisQuarter(coach.balanceOf(id(SANNE)).balance());
        as(SANNE);
        QuarterBalance before = BalanceServiceTest.thisQuarter(participant.myBalance());
        long actor = maps.addActor(nl.kopgroep.connections.ActorForm.of("Wijkteam Noord",
                nl.kopgroep.connections.ActorKind.EXTERNAL_PARTNER, null));
        var tie = nl.kopgroep.connections.TieForm.of(null, actor, nl.kopgroep.connections.TieType.VERBINDEN,
                nl.kopgroep.connections.TieStrength.WEAK);
        tie.setRoles(java.util.Set.of(MunicipalRole.PARTICIPEREND, MunicipalRole.NETWERKEND));
        maps.addTie(tie);
        QuarterBalance after = BalanceServiceTest.thisQuarter(participant.myBalance());
        assertThat(after.of(BalanceSource.TIES).count(MunicipalRole.PARTICIPEREND)
                - before.of(BalanceSource.TIES).count(MunicipalRole.PARTICIPEREND)).as("a tie with two roles counts under each").isEqualTo(1);
        assertThat(after.of(BalanceSource.TIES).count(MunicipalRole.NETWERKEND)
                - before.of(BalanceSource.TIES).count(MunicipalRole.NETWERKEND)).isEqualTo(1);

        as(DemoUsers.COACH);
        QuarterBalance coachAfter = BalanceServiceTest.thisQuarter(coach.balanceOf(id(SANNE)).balance());
        assertThat(coachAfter.of(BalanceSource.TIES).count(MunicipalRole.PARTICIPEREND)
                - coachBefore.of(BalanceSource.TIES).count(MunicipalRole.PARTICIPEREND)).as("Sanne shares her map with her coach")
                .isEqualTo(1);

        as(SANNE);
        maps.setVisibility(nl.kopgroep.connections.MapVisibility.PRIVATE);
        as(DemoUsers.COACH);
        assertThat(coach.balanceOf(id(SANNE)).balance().quarters()).as("a private map: its ties say nothing to the coach")
                .allSatisfy(quarter -> assertThat(quarter.of(BalanceSource.TIES).total()).isZero());
    }

    @Test
    void whatAFellowParticipantTagsNeverCountsInMyBalance() {
        as(SANNE);
        RoleBalance before = participant.myBalance();
        as(FELLOW);
        journal.save(entry("Van Daan", Visibility.GROUP, MunicipalRole.RECHTMATIG));
        long actor = maps.addActor(nl.kopgroep.connections.ActorForm.of("Raadsgriffie",
                nl.kopgroep.connections.ActorKind.POLITICAL, null));
        var tie = nl.kopgroep.connections.TieForm.of(null, actor, nl.kopgroep.connections.TieType.REGIE,
                nl.kopgroep.connections.TieStrength.WEAK);
        tie.setRoles(java.util.Set.of(MunicipalRole.RECHTMATIG));
        maps.addTie(tie);
        as(SANNE);
        assertThat(participant.myBalance()).as("Daan's entry and tie are his, not Sanne's").isEqualTo(before);
    }

    @Test
    void nobodyElseReadsACoacheesBalance() {
        as(OTHER_COACH);
        assertThatThrownBy(() -> coach.balanceOf(id(SANNE))).as("a coach of the cohort, not Sanne's")
                .isInstanceOf(NotFoundException.class);
        as(DemoUsers.LINDENDAL_COACH);
        assertThatThrownBy(() -> coach.balanceOf(id(SANNE))).isInstanceOf(NotFoundException.class);
        as(DemoUsers.COACH);
        assertThatThrownBy(() -> coach.balanceOf(id(DemoUsers.COACH))).as("not a coachee")
                .isInstanceOf(NotFoundException.class);
        for (String other : List.of(FELLOW, DemoUsers.MANAGER, DemoUsers.ADMIN)) {
            as(other);
            assertThatThrownBy(() -> coach.balanceOf(id(SANNE))).as(other).isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * A quarter with WORK-goal check-ins of four participants shows nothing; a fifth makes it a figure. Role
     * tags on LEARNING-goal check-ins and on journal entries never reach management.
     */
    @Test
    void managementSeesWorkGoalsPerCohortOnlyFromFivePeopleAndNeverTheJournal() {
        Quarter past = Quarter.of(LocalDate.now(ZoneOffset.UTC)).plus(-6);
        long cohort = jdbc.sql("SELECT id FROM cohort WHERE name = 'Kopgroep Voorbeeldstad 1'").query(Long.class).single();
        List<Long> people = jdbc.sql("SELECT g.owner_id FROM goal g JOIN cohort_member m ON m.user_id = g.owner_id "
                        + "WHERE m.cohort_id = ? AND m.member_role = 'PARTICIPANT' AND g.kind = 'WORK' GROUP BY g.owner_id "
                        + "ORDER BY g.owner_id LIMIT 5").param(cohort).query(Long.class).list();
        assertThat(people).hasSize(5);
        for (int i = 0; i < 4; i++) {
            checkIn(people.get(i), "WORK", past, MunicipalRole.NETWERKEND);
            checkIn(people.get(i), "LEARNING", past, MunicipalRole.RECHTMATIG);
        }
        as(DemoUsers.MANAGER);
        CohortBalance voorbeeldstad = voorbeeldstad();
        assertThat(voorbeeldstad.shown()).isTrue();
        assertThat(voorbeeldstad.balance().sources()).containsExactly(BalanceSource.GOALS, BalanceSource.CHECK_INS);
        QuarterBalance four = quarter(voorbeeldstad, past);
        assertThat(four.suppressed()).as("four people are no figure").isTrue();
        assertThat(four.all().total()).isZero();

        checkIn(people.get(4), "WORK", past, null);
        as(SANNE);
        journal.save(entry("Gedeeld met de groep", Visibility.GROUP, MunicipalRole.PARTICIPEREND));
        as(DemoUsers.MANAGER);
        QuarterBalance five = quarter(voorbeeldstad(), past);
        assertThat(five.suppressed()).isFalse();
        assertThat(five.of(BalanceSource.CHECK_INS).count(MunicipalRole.NETWERKEND)).isEqualTo(4);
        assertThat(five.of(BalanceSource.CHECK_INS).untagged()).isEqualTo(1);
        assertThat(five.of(BalanceSource.CHECK_INS).count(MunicipalRole.RECHTMATIG))
                .as("a LEARNING goal's check-in never counts").isZero();
        assertThat(five.sources()).doesNotContainKey(BalanceSource.ENTRIES);
        assertThat(voorbeeldstad().balance().quarters()).as("the quarter in progress is never shown")
                .noneMatch(q -> q.quarter().equals(Quarter.of(LocalDate.now(ZoneOffset.UTC))));
    }

    @Test
    void aCohortUnderFiveShowsNoFiguresAtAll() {
        as(DemoUsers.ADMIN);
        CohortSummary small = cohortAdmin.create(organisationCohorts.organisationCohorts().getFirst().organisationId(),
                "Kleine rollenkopgroep", LocalDate.now().minusMonths(6));
        for (String email : List.of(SANNE, FELLOW)) {
            cohortAdmin.addMember(small.id(), id(email), MemberRole.PARTICIPANT);
        }
        as(DemoUsers.MANAGER);
        CohortBalance figures = management.cohortBalances().stream().filter(c -> c.cohort().equals(small.id()))
                .findFirst().orElseThrow();
        assertThat(figures.shown()).isFalse();
        assertThat(figures.balance().isEmpty()).isTrue();
        assertThat(voorbeeldstad().shown()).as("its members still count in their own cohort").isTrue();
    }

    private CohortBalance voorbeeldstad() {
        return management.cohortBalances().stream().filter(c -> c.name().equals("Kopgroep Voorbeeldstad 1")).findFirst()
                .orElseThrow();
    }

    private static QuarterBalance quarter(CohortBalance cohort, Quarter quarter) {
        return cohort.balance().quarters().stream().filter(q -> q.quarter().equals(quarter)).findFirst().orElseThrow();
    }

    private void checkIn(long owner, String kind, Quarter quarter, MunicipalRole role) {
        long goal = jdbc.sql("SELECT id FROM goal WHERE owner_id = ? AND kind = ? ORDER BY id LIMIT 1").params(owner, kind)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO check_in (goal_id, created_at, status, confidence) VALUES (?, ?, 'ON_TRACK', 7)")
                .params(goal, quarter.start().plusDays(20)).update();
        if (role != null) {
            jdbc.sql("INSERT INTO check_in_role (check_in_id, role) VALUES (LAST_INSERT_ID(), ?)").param(role.name()).update();
        }
    }

    private static EntryForm entry(String title, Visibility visibility, MunicipalRole role) {
        return new EntryForm(null, title, "Tekst.", visibility, null, null, role, null);
    }

    private UserId id(String email) {
        return new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single());
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }
}
