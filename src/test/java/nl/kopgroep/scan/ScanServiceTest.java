package nl.kopgroep.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalForm;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.programme.ProgrammeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The scan's rules for Sanne (Voorbeeldstad, eight months into the programme) and her coach Marieke. */
@KopgroepTest
@Transactional
class ScanServiceTest {

    private static final String SANNE = DemoUsers.PARTICIPANT;
    private static final String MARIEKE = DemoUsers.COACH;

    @Autowired ScanService scans;
    @Autowired CoacheeScanService coachScans;
    @Autowired ProgrammeService programme;
    @Autowired GoalService goals;
    @Autowired CohortService cohorts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private UserId sanne;

    @BeforeEach
    void freshScans() {
        ScanFixture.noScansFor(jdbc, SANNE);
        sanne = new UserId(ScanFixture.idOf(jdbc, SANNE));
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void roundsFollowTheCohortsScheduleEverySixMonthsDueFourWeeksLater() {
        as(SANNE);
        LocalDate start = cohorts.myCohort().orElseThrow().cohort().startDate();
        List<ScanRound> rounds = scans.myRounds();
        assertThat(rounds).extracting(ScanRound::round).containsExactly(0, 1, 2, 3, 4);
        assertThat(rounds).extracting(ScanRound::month).containsExactly(0, 6, 12, 18, 24);
        assertThat(rounds.get(1).opensOn()).isEqualTo(start.plusMonths(6));
        assertThat(rounds.get(1).dueOn()).isEqualTo(start.plusMonths(6).plusDays(28));
        assertThat(rounds).extracting(ScanRound::status).containsExactly(RoundStatus.OPEN, RoundStatus.OPEN,
                RoundStatus.UPCOMING, RoundStatus.UPCOMING, RoundStatus.UPCOMING);
        assertThat(rounds.get(0).overdue()).as("eight months after the start, round 0 is late").isTrue();
        assertThat(scans.dueRound()).map(ScanRound::round).contains(1);
        assertThatThrownBy(() -> scans.sheet(2)).as("a round that has not opened").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scans.sheet(5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void scoresAreSavedPerCompetencyAsTheParticipantGoesAndRefusedWhenWrong() {
        as(SANNE);
        scans.saveScore(1, new ScoreForm("regie", 3, null, null, "In het overleg over de wijk."));
        scans.saveScore(1, new ScoreForm("verbinden", null, null, null, "Nog geen niveau, wel een gedachte"));
        ScanSheet sheet = scans.sheet(1);
        assertThat(sheet.mine().get("regie").level()).isEqualTo(3);
        assertThat(sheet.mine().get("regie").note()).isEqualTo("In het overleg over de wijk.");
        assertThat(sheet.mine().get("verbinden").note()).startsWith("Nog geen niveau");

        scans.saveScore(1, new ScoreForm("regie", 2, null, null, "Bijgesteld"));
        assertThat(scans.sheet(1).mine().get("regie").level()).isEqualTo(2);

        assertThatThrownBy(() -> scans.saveScore(1, new ScoreForm("regie", 5, null, null, null)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("scan.levelRange");
        assertThatThrownBy(() -> scans.saveScore(1, new ScoreForm("toveren", 2, null, null, null)))
                .extracting("messageKey").isEqualTo("scan.unknownCompetency");
        assertThatThrownBy(() -> scans.saveScore(1, new ScoreForm("regie", 2, null, null, "x".repeat(1001))))
                .extracting("messageKey").isEqualTo("validation.tooLong");
        assertThat(scans.sheet(1).mine().get("regie").level()).as("a refused change leaves the saved score").isEqualTo(2);
    }

    @Test
    void submittingNeedsEveryCompetencyAndClosesTheParticipantsSide() {
        as(SANNE);
        scans.saveScore(1, new ScoreForm("regie", 3, null, null, null));
        assertThatThrownBy(() -> scans.submit(1)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("scan.incomplete");
        ScanFixture.scoreAll(programme, 3, form -> scans.saveScore(1, form));
        scans.submit(1);
        assertThat(scans.myRounds().get(1).status()).isEqualTo(RoundStatus.SUBMITTED);
        assertThat(scans.dueRound()).isEmpty();
        assertThatThrownBy(() -> scans.saveScore(1, new ScoreForm("regie", 1, null, null, null)))
                .extracting("messageKey").isEqualTo("scan.alreadySubmitted");
        assertThatThrownBy(() -> scans.submit(1)).extracting("messageKey").isEqualTo("scan.alreadySubmitted");
    }

    @Test
    void bothSidesSeeEachOtherOnlyWhenBothSubmittedAndDifferencesAreMarkedNotAveraged() {
        as(SANNE);
        ScanFixture.scoreAll(programme, 3, form -> scans.saveScore(1, form));
        scans.saveScore(1, new ScoreForm("regie", 1, null, null, "Vind ik lastig"));
        scans.submit(1);

        as(MARIEKE);
        ScanFixture.scoreAll(programme, 3, form -> coachScans.saveScore(sanne, 1, form));
        coachScans.saveScore(sanne, 1, new ScoreForm("regie", 3, null, null, "Zie ik sterker"));
        assertThat(coachScans.sheet(sanne, 1).theirs()).as("the coach has not submitted: Sanne's scores stay hidden").isEmpty();
        assertThat(coachScans.rounds(sanne).get(1).status()).isEqualTo(RoundStatus.OPEN);

        as(SANNE);
        assertThat(scans.sheet(1).theirs()).as("nor does Sanne see the coach's draft").isEmpty();

        as(MARIEKE);
        coachScans.submit(sanne, 1);
        ScanSheet coachView = coachScans.sheet(sanne, 1);
        assertThat(coachView.closed()).isTrue();
        assertThat(coachView.theirs().get("regie").level()).isEqualTo(1);
        assertThat(coachView.theirs().get("regie").note()).isEqualTo("Vind ik lastig");
        assertThat(coachView.differences()).containsExactly("regie");

        as(SANNE);
        ScanSheet mine = scans.sheet(1);
        assertThat(mine.round().status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(mine.mine().get("regie").level()).as("not averaged").isEqualTo(1);
        assertThat(mine.theirs().get("regie").level()).isEqualTo(3);
        assertThat(mine.differences()).containsExactly("regie");
        Growth growth = scans.growth();
        assertThat(growth.rounds()).containsExactly(1);
        assertThat(growth.points()).filteredOn(p -> p.competency().equals("regie")).singleElement()
                .satisfies(p -> {
                    assertThat(p.self()).isEqualTo(1);
                    assertThat(p.coach()).isEqualTo(3);
                });
    }

    @Test
    void aLowCompetencyShowsTheLearningGoalsThatWorkOnItOrNone() {
        as(SANNE);
        long goal = goals.create(new GoalForm(GoalKind.LEARNING, "Vaker kennis delen met Lindendal", null, Set.of(),
                Set.of("kennisdelen")));
        scans.saveScore(1, new ScoreForm("kennisdelen", 2, null, null, null));
        scans.saveScore(1, new ScoreForm("waardecreatie", 1, null, null, null));
        scans.saveScore(1, new ScoreForm("regie", 4, null, null, null));
        List<LowCompetency> low = scans.sheet(1).low();
        assertThat(low).extracting(LowCompetency::code).containsExactlyInAnyOrder("kennisdelen", "waardecreatie");
        assertThat(low).filteredOn(l -> l.code().equals("kennisdelen")).singleElement()
                .satisfies(l -> assertThat(l.goals()).extracting(LowCompetency.LearningGoal::id).contains(goal));
        assertThat(low).filteredOn(l -> l.code().equals("waardecreatie")).singleElement()
                .satisfies(l -> assertThat(l.goals()).isEmpty());
    }

    @Test
    void theScanPageReadsTheLatestClosedRoundsLowCompetenciesWithoutMakingAScan() {
        as(SANNE);
        assertThat(scans.latestLow()).as("no closed round yet").isEmpty();
        ScanFixture.scoreAll(programme, 3, form -> scans.saveScore(1, form));
        scans.saveScore(1, new ScoreForm("kennisdelen", 2, null, null, null));
        scans.submit(1);
        assertThat(scans.latestLow()).as("the coach has not submitted: the round is not closed").isEmpty();

        as(MARIEKE);
        ScanFixture.scoreAll(programme, 3, form -> coachScans.saveScore(sanne, 1, form));
        coachScans.saveScore(sanne, 1, new ScoreForm("regie", 1, null, null, null));
        coachScans.submit(sanne, 1);

        as(SANNE);
        long scansBefore = jdbc.sql("SELECT COUNT(*) FROM competency_scan WHERE participant_id = ?")
                .param(sanne.value()).query(Long.class).single();
        assertThat(scans.latestLow()).extracting(LowCompetency::code)
                .as("low on either side: mine on kennisdelen, the coach's on regie").containsExactlyInAnyOrder("kennisdelen", "regie");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM competency_scan WHERE participant_id = ?")
                .param(sanne.value()).query(Long.class).single()).as("reading made no scan").isEqualTo(scansBefore);
    }

    @Test
    void theMedianOfADistribution() {
        assertThat(ScanStatisticsService.median(new int[] {0, 0, 0, 0})).isNull();
        assertThat(ScanStatisticsService.median(new int[] {1, 2, 2, 0})).isEqualTo(2.0);
        assertThat(ScanStatisticsService.median(new int[] {0, 3, 3, 0})).isEqualTo(2.5);
        assertThat(ScanStatisticsService.median(new int[] {5, 0, 0, 1})).isEqualTo(1.0);
    }

    private void as(String email) {
        ScanFixture.as(users, email);
    }
}
