package nl.kopgroep.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Goals: links to the agreement, check-in rules, and who sees which goal. */
@KopgroepTest
@Transactional
class GoalServiceTest {

    @Autowired nl.kopgroep.goals.CoacheeGoalService coacheeGoals;
    @Autowired nl.kopgroep.goals.GoalConversationService goalConversation;
    @Autowired nl.kopgroep.goals.GoalHistoryService goalHistory;
    @Autowired nl.kopgroep.goals.WorkGoalReportingService workGoals;
    @Autowired GoalService goals;
    @Autowired AgreementService agreements;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void workGoalLinksToCommitmentsAndCheckInsFollowTheRules() {
        as(DemoUsers.PARTICIPANT);
        List<String> codes = agreements.current().orElseThrow().commitmentCodes().stream().sorted().limit(2).toList();
        long goal = goals.create(new GoalForm(GoalKind.WORK, "Wijkplan Oost met bewoners", null, Set.copyOf(codes), Set.of()));
        long keyResult = goals.addKeyResult(goal, new KeyResultForm("Bewonersavonden", "avonden", BigDecimal.ZERO,
                new BigDecimal("6")));

        goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 7, null, "https://intranet/verslag",
                Map.of(keyResult, new BigDecimal("2")), Map.of()));
        assertThatThrownBy(() -> goals.checkIn(new CheckInForm(goal, GoalStatus.ATTENTION, 7, " ", null, Map.of(), Map.of())))
                .as("worse status needs an explanation").isInstanceOf(DomainException.class).hasMessage("goal.explanationRequired");
        assertThatThrownBy(() -> goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 3, null, null, Map.of(), Map.of())))
                .as("low confidence needs an explanation").isInstanceOf(DomainException.class).hasMessage("goal.explanationRequired");
        goals.checkIn(new CheckInForm(goal, GoalStatus.ATTENTION, 5, "De corporatie stelt de start uit.", null,
                Map.of(keyResult, new BigDecimal("3")), Map.of()));

        GoalView view = goals.myGoals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertThat(view.status()).isEqualTo(GoalStatus.ATTENTION);
        assertThat(view.commitments()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(view.keyResults().getFirst().current()).isEqualByComparingTo("3");
        assertThat(view.relinkNeeded()).isEmpty();
        assertThat(view.lastCheckIn()).isNotNull();
    }

    @Test
    void goalsNeedTheirLinks() {
        as(DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> goals.create(new GoalForm(GoalKind.WORK, "Zonder afspraak", null, Set.of(), Set.of())))
                .isInstanceOf(DomainException.class).hasMessage("goal.commitmentRequired");
        assertThatThrownBy(() -> goals.create(new GoalForm(GoalKind.WORK, "Verzonnen", null, Set.of("X9.9"), Set.of())))
                .isInstanceOf(DomainException.class).hasMessage("goal.unknownCommitment");
        assertThatThrownBy(() -> goals.create(new GoalForm(GoalKind.LEARNING, "Leren", null, Set.of(), Set.of())))
                .isInstanceOf(DomainException.class).hasMessage("goal.competencyRequired");
    }

    @Test
    void coachesSeeAllGoalsManagersOnlyWorkGoalsByCommitment() {
        as(DemoUsers.PARTICIPANT);
        String code = agreements.current().orElseThrow().commitmentCodes().stream().sorted().findFirst().orElseThrow();
        long work = goals.create(new GoalForm(GoalKind.WORK, "Werkdoel", null, Set.of(code), Set.of()));
        long learning = goals.create(new GoalForm(GoalKind.LEARNING, "Leren nee zeggen", null, Set.of(), Set.of("regie")));
        UserId sanne = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT)
                .query(Long.class).single());

        as(DemoUsers.COACH);
        assertThat(coacheeGoals.goalsOf(sanne)).extracting(GoalView::id).contains(work, learning);
        as("a.elamrani@voorbeeldstad.nl");
        assertThatThrownBy(() -> coacheeGoals.goalsOf(sanne)).isInstanceOf(NotFoundException.class);

        as(DemoUsers.MANAGER);
        Map<String, List<GoalView>> byCommitment = workGoals.workGoalsByCommitment();
        assertThat(byCommitment.get(code)).extracting(GoalView::id).contains(work);
        assertThat(byCommitment.values().stream().flatMap(List::stream).map(GoalView::kind)).doesNotContain(GoalKind.LEARNING);
        assertThatThrownBy(() -> goals.myGoals()).isInstanceOf(AccessDeniedException.class);

        as(DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> workGoals.workGoalsByCommitment()).isInstanceOf(AccessDeniedException.class);
        as(DemoUsers.LINDENDAL_PARTICIPANT);
        assertThatThrownBy(() -> goals.addKeyResult(work, new KeyResultForm("Stiekem", null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRevisionWithoutTheLinkedCommitmentFlagsTheGoalForRelinking() {
        as(DemoUsers.PARTICIPANT);
        String code = agreements.current().orElseThrow().commitmentCodes().stream().sorted().findFirst().orElseThrow();
        long goal = goals.create(new GoalForm(GoalKind.WORK, "Aan een afspraak die verdwijnt", null, Set.of(code), Set.of()));
        as(DemoUsers.MANAGER);
        agreements.importAgreement("herzien.yaml", nl.kopgroep.agreement.AgreementTestFiles.VALID);
        as(DemoUsers.PARTICIPANT);
        assertThat(goals.myGoals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow().relinkNeeded())
                .containsExactly(code);
    }

    @Test
    void dueCheckInsRemindTheParticipantAndShowUpForTheCoach() {
        as(DemoUsers.PARTICIPANT);
        String code = agreements.current().orElseThrow().commitmentCodes().stream().sorted().findFirst().orElseThrow();
        long fresh = goals.create(new GoalForm(GoalKind.WORK, "Nog nooit bijgewerkt", null, Set.of(code), Set.of()));
        assertThat(goals.checkInsDue()).extracting(DueCheckIn::goalId).contains(fresh);
        goals.checkIn(new CheckInForm(fresh, GoalStatus.ON_TRACK, 8, null, null, Map.of(), Map.of()));
        assertThat(goals.checkInsDue()).extracting(DueCheckIn::goalId).doesNotContain(fresh);

        as(DemoUsers.COACH);
        assertThat(coacheeGoals.coacheeGoals()).filteredOn(c -> c.name().equals("Sanne de Vries")).singleElement()
                .satisfies(c -> assertThat(c.goals()).isGreaterThanOrEqualTo(1));
        as(DemoUsers.MANAGER);
        assertThatThrownBy(() -> coacheeGoals.coacheeGoals()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void evaluationNeedsARationaleAndKeepsTheOriginal() {
        as(DemoUsers.PARTICIPANT);
        String code = agreements.current().orElseThrow().commitmentCodes().stream().sorted().findFirst().orElseThrow();
        long goal = goals.create(new GoalForm(GoalKind.WORK, "Oorspronkelijke titel", null, Set.of(code), Set.of()));
        long result = goals.addKeyResult(goal, new KeyResultForm("Partners", "partners", BigDecimal.ZERO, BigDecimal.TEN));
        assertThatThrownBy(() -> goals.adjust(new AdjustmentForm(goal, "Nieuwe titel", null, Map.of(), " ")))
                .isInstanceOf(DomainException.class).hasMessage("goal.rationaleRequired");
        assertThatThrownBy(() -> goals.adjust(new AdjustmentForm(goal, "Oorspronkelijke titel", null, Map.of(), "Niets")))
                .isInstanceOf(DomainException.class).hasMessage("goal.nothingAdjusted");

        goals.adjust(new AdjustmentForm(goal, "Scherpere titel", null, Map.of(result, new BigDecimal("6")),
                "De wethouder koos voor minder partners en meer diepgang."));

        GoalView view = goals.myGoals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertThat(view.title()).isEqualTo("Scherpere titel");
        assertThat(view.keyResults().getFirst().target()).isEqualByComparingTo("6");
        assertThat(view.adjustments()).extracting(Adjustment::field, Adjustment::originalValue, Adjustment::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "Oorspronkelijke titel", "Scherpere titel"),
                        org.assertj.core.groups.Tuple.tuple("target", "10", "6"));
        assertThat(view.adjustments()).allSatisfy(a -> assertThat(a.rationale()).startsWith("De wethouder"));
    }

    @Test
    void commentsOnAGoalAreBetweenTheParticipantAndTheirCoaches() {
        as(DemoUsers.PARTICIPANT);
        long goal = goals.create(new GoalForm(GoalKind.LEARNING, "Presenteren voor de raad", null, Set.of(),
                Set.of("politieke-sensitiviteit")));
        as(DemoUsers.COACH);
        goalConversation.comment(goal, "Oefen je eerste minuut hardop, met een collega als publiek.");
        as(DemoUsers.PARTICIPANT);
        goalConversation.comment(goal, "Doe ik voor de commissie van volgende week.");
        assertThat(goalConversation.comments(goal)).extracting(GoalComment::writerName).containsExactly("Marieke Jansen", "Sanne de Vries");
        // a page of cards reads every card's comments at once: the same rule for each goal
        long quiet = goals.create(new GoalForm(GoalKind.LEARNING, "Nog zonder gesprek", null, Set.of(),
                Set.of("politieke-sensitiviteit")));
        assertThat(goalConversation.comments(java.util.List.of(goal, quiet)))
                .hasEntrySatisfying(goal, list -> assertThat(list).extracting(GoalComment::body)
                        .containsExactly("Oefen je eerste minuut hardop, met een collega als publiek.",
                                "Doe ik voor de commissie van volgende week."))
                .hasEntrySatisfying(quiet, list -> assertThat(list).isEmpty());
        as(DemoUsers.COACH);
        assertThat(goalConversation.comments(java.util.List.of(goal, quiet))).containsOnlyKeys(goal, quiet);
        as("a.elamrani@voorbeeldstad.nl");
        assertThatThrownBy(() -> goalConversation.comments(goal)).isInstanceOf(NotFoundException.class);
        as("daan.jansen@voorbeeldstad.nl");
        long own = goals.create(new GoalForm(GoalKind.LEARNING, "Mijn eigen doel", null, Set.of(),
                Set.of("politieke-sensitiviteit")));
        assertThatThrownBy(() -> goalConversation.comments(java.util.List.of(own, goal)))
                .as("one goal of someone else among one's own: nothing").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> goalConversation.comments(java.util.List.of(own, 987654321L)))
                .as("an id that does not exist").isInstanceOf(NotFoundException.class);
        for (String email : new String[] {DemoUsers.MANAGER, DemoUsers.ADMIN}) {
            as(email);
            assertThatThrownBy(() -> goalConversation.comments(goal)).as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> goalConversation.comments(java.util.List.of(goal))).as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theGoalFollowsItsWeakestKeyResultUnlessExplained() {
        as(DemoUsers.PARTICIPANT);
        long goal = goals.create(new GoalForm(GoalKind.LEARNING, "Feedback vragen", null, Set.of(), Set.of("zelfreflectie")));
        long first = goals.addKeyResult(goal, new KeyResultForm("Gesprekken", "gesprekken", BigDecimal.ZERO, BigDecimal.TEN));
        long second = goals.addKeyResult(goal, new KeyResultForm("Verslag gedeeld", null, null, null));
        Map<Long, GoalStatus> statuses = Map.of(first, GoalStatus.ON_TRACK, second, GoalStatus.OFF_TRACK);

        assertThatThrownBy(() -> goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 8, null, null, Map.of(),
                Map.of(), statuses))).isInstanceOf(DomainException.class).hasMessage("goal.explainBetterThanKeyResults");
        goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 8, "Het verslag volgt vanzelf uit de gesprekken.", null,
                Map.of(), Map.of(second, false), statuses));

        GoalView view = goals.myGoals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertThat(view.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(view.keyResults()).extracting(GoalView.KeyResult::status)
                .containsExactly(GoalStatus.ON_TRACK, GoalStatus.OFF_TRACK);
    }

    @Test
    void aChangedCommitmentFlagsTheGoalUntilItIsLinkedAgainWithARationale() {
        as(DemoUsers.MANAGER);
        agreements.importAgreement("akkoord.yaml", nl.kopgroep.agreement.AgreementTestFiles.VALID);
        as(DemoUsers.PARTICIPANT);
        long goal = goals.create(new GoalForm(GoalKind.WORK, "Woningbouw versnellen", null, Set.of("W1.1", "W1.2"), Set.of()));
        as(DemoUsers.MANAGER);
        agreements.importAgreement("herzien.yaml", nl.kopgroep.agreement.AgreementTestFiles.VALID
                .replace("In 2030 zijn 2.400 woningen bijgebouwd", "In 2030 zijn 1.800 woningen bijgebouwd"));

        as(DemoUsers.PARTICIPANT);
        assertThat(mine(goal).relinkNeeded()).as("only the reworded commitment").containsExactly("W1.1");
        assertThatThrownBy(() -> goals.relink(goal, Set.of("W1.1", "W1.2"), " "))
                .isInstanceOf(DomainException.class).hasMessage("goal.rationaleRequired");
        assertThatThrownBy(() -> goals.relink(goal, Set.of("X9.9"), "Past beter"))
                .isInstanceOf(DomainException.class).hasMessage("goal.unknownCommitment");
        goals.relink(goal, Set.of("W1.1", "W1.2"), "De nieuwe aantallen gelezen; mijn doel draagt er nog steeds aan bij.");

        GoalView view = mine(goal);
        assertThat(view.relinkNeeded()).isEmpty();
        assertThat(view.adjustments()).extracting(Adjustment::field, Adjustment::originalValue, Adjustment::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("commitments", "W1.1, W1.2", "W1.1, W1.2"));
        assertThatThrownBy(() -> goals.relink(goal, Set.of("W1.1", "W1.2"), "Nog een keer"))
                .as("nothing flagged and nothing changed").isInstanceOf(DomainException.class).hasMessage("goal.nothingAdjusted");
        goals.relink(goal, Set.of("W1.2"), "Ik richt me op de wijkplannen.");
        assertThat(mine(goal).commitments()).containsExactly("W1.2");
    }

    @Test
    void learningGoalsLinkToTheProgrammesCompetenciesByName() {
        as(DemoUsers.PARTICIPANT);
        assertThat(goals.competencies()).extracting(nl.kopgroep.programme.Competency::code)
                .contains("regie", "verbinden", "zelfreflectie");
        assertThatThrownBy(() -> goals.create(new GoalForm(GoalKind.LEARNING, "Leren", null, Set.of(), Set.of("toveren"))))
                .isInstanceOf(DomainException.class).hasMessage("goal.unknownCompetency");
        long goal = goals.create(new GoalForm(GoalKind.LEARNING, "Regie durven nemen", null, Set.of(), Set.of("regie")));
        assertThat(mine(goal).competencies()).containsExactly("Regie voeren");
    }

    @Test
    void theCheckInHistoryKeepsEachUpdateAndIsReadOnlyByThoseWhoMaySeeTheGoal() {
        as(DemoUsers.PARTICIPANT);
        String code = agreements.current().orElseThrow().commitmentCodes().stream().sorted().findFirst().orElseThrow();
        long work = goals.create(new GoalForm(GoalKind.WORK, "Ketenoverleg opzetten", null, Set.of(code), Set.of()));
        long partners = goals.addKeyResult(work, new KeyResultForm("Partners aan tafel", "partners", BigDecimal.ZERO, BigDecimal.TEN));
        long charter = goals.addKeyResult(work, new KeyResultForm("Convenant getekend", null, null, null));
        goals.checkIn(new CheckInForm(work, GoalStatus.ON_TRACK, 8, null, "Verslag eerste overleg",
                Map.of(partners, new BigDecimal("3")), Map.of(charter, false)));
        goals.checkIn(new CheckInForm(work, GoalStatus.ATTENTION, 6, "Twee partners haakten af.", null,
                Map.of(partners, new BigDecimal("5")), Map.of(charter, true),
                Map.of(partners, GoalStatus.ATTENTION, charter, GoalStatus.ON_TRACK)));
        long learning = goals.create(new GoalForm(GoalKind.LEARNING, "Luisteren", null, Set.of(), Set.of("verbinden")));
        goals.checkIn(new CheckInForm(learning, GoalStatus.ON_TRACK, 7, null, null, Map.of(), Map.of()));

        List<CheckInRecord> history = goalHistory.history(work);
        assertThat(history).extracting(CheckInRecord::status).containsExactly(GoalStatus.ATTENTION, GoalStatus.ON_TRACK);
        assertThat(history.getFirst().explanation()).isEqualTo("Twee partners haakten af.");
        assertThat(history.getFirst().values()).extracting(CheckInRecord.Value::keyResult, CheckInRecord.Value::value,
                        CheckInRecord.Value::done, CheckInRecord.Value::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Partners aan tafel", new BigDecimal("5"), null, GoalStatus.ATTENTION),
                        org.assertj.core.groups.Tuple.tuple("Convenant getekend", null, true, GoalStatus.ON_TRACK));
        assertThat(history.getLast().values()).extracting(CheckInRecord.Value::value).containsExactly(new BigDecimal("3"), null);
        assertThat(history.getLast().evidence()).isEqualTo("Verslag eerste overleg");

        as(DemoUsers.COACH);
        assertThat(goalHistory.history(learning)).hasSize(1);
        as(DemoUsers.MANAGER);
        assertThat(goalHistory.history(work)).hasSize(2);
        assertThatThrownBy(() -> goalHistory.history(learning)).as("a learning goal never reaches a manager")
                .isInstanceOf(NotFoundException.class);
        as("a.elamrani@voorbeeldstad.nl");
        assertThatThrownBy(() -> goalHistory.history(work)).isInstanceOf(NotFoundException.class);
        as(DemoUsers.LINDENDAL_COACH);
        assertThatThrownBy(() -> goalHistory.history(work)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGoalsMomentsAreStoredInUtcWhateverTheJvmsTimeZone() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
        try {
            as(DemoUsers.PARTICIPANT);
            java.time.Instant before = java.time.Instant.now().minusSeconds(1);
            long goal = goals.create(new GoalForm(GoalKind.LEARNING, "Op tijd", null, Set.of(), Set.of("regie")));
            goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 8, null, null, Map.of(), Map.of()));
            java.time.Instant after = java.time.Instant.now().plusSeconds(1);

            java.time.Instant created = jdbc.sql("SELECT created_at FROM goal WHERE id = ?").param(goal)
                    .query(java.time.LocalDateTime.class).single().toInstant(java.time.ZoneOffset.UTC);
            java.time.Instant updated = jdbc.sql("SELECT updated_at FROM goal WHERE id = ?").param(goal)
                    .query(java.time.LocalDateTime.class).single().toInstant(java.time.ZoneOffset.UTC);
            assertThat(created).as("written by JPA as UTC wall-clock time").isBetween(before, after);
            assertThat(updated).as("the check-in's moment, like the check_in row written with SQL").isBetween(before, after);
            assertThat(mine(goal).lastCheckIn()).isBetween(before, after);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    private GoalView mine(long goal) {
        return goals.myGoals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
    }

    @Test
    void goalsAndCheckInsCarryMunicipalRolesThatOwnerAndCoachSeeAndTheTalliesCount() {
        as(DemoUsers.PARTICIPANT);
        nl.kopgroep.base.Quarter now = nl.kopgroep.base.Quarter.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        GoalRoleTallies before = goals.myRoleTallies(now);
        List<String> codes = agreements.current().orElseThrow().commitmentCodes().stream().sorted().limit(1).toList();
        long goal = goals.create(new GoalForm(GoalKind.WORK, "Buurtbudget met bewoners", null, Set.copyOf(codes), Set.of(),
                Set.of(nl.kopgroep.base.MunicipalRole.PARTICIPEREND, nl.kopgroep.base.MunicipalRole.NETWERKEND)));
        goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 7, null, null, Map.of(), Map.of(), Map.of(),
                Set.of(nl.kopgroep.base.MunicipalRole.RECHTMATIG)));
        goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 7, null, null, Map.of(), Map.of()));

        assertThat(goals.myGoals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow().roles())
                .containsExactly(nl.kopgroep.base.MunicipalRole.NETWERKEND, nl.kopgroep.base.MunicipalRole.PARTICIPEREND);
        assertThat(goalHistory.history(goal)).extracting(CheckInRecord::roles).as("newest first")
                .containsExactly(List.of(), List.of(nl.kopgroep.base.MunicipalRole.RECHTMATIG));
        GoalRoleTallies after = goals.myRoleTallies(now);
        assertThat(count(after.goals(), nl.kopgroep.base.MunicipalRole.PARTICIPEREND)
                - count(before.goals(), nl.kopgroep.base.MunicipalRole.PARTICIPEREND)).isEqualTo(1);
        assertThat(count(after.checkIns(), nl.kopgroep.base.MunicipalRole.RECHTMATIG)
                - count(before.checkIns(), nl.kopgroep.base.MunicipalRole.RECHTMATIG)).isEqualTo(1);
        assertThat(count(after.checkIns(), null) - count(before.checkIns(), null)).as("the untagged check-in").isEqualTo(1);

        goals.tag(goal, Set.of(nl.kopgroep.base.MunicipalRole.PRESTEREND));
        assertThat(goals.myGoals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow().roles())
                .containsExactly(nl.kopgroep.base.MunicipalRole.PRESTEREND);

        as(DemoUsers.COACH);
        assertThat(coacheeGoals.goalsOf(ownerOf(goal)).stream().filter(g -> g.id() == goal).findFirst().orElseThrow().roles())
                .containsExactly(nl.kopgroep.base.MunicipalRole.PRESTEREND);
        as("daan.jansen@voorbeeldstad.nl");
        assertThatThrownBy(() -> goals.tag(goal, Set.of())).as("only the owner tags").isInstanceOf(NotFoundException.class);
    }

    private static long count(List<nl.kopgroep.base.RoleTally> tallies, nl.kopgroep.base.MunicipalRole role) {
        return tallies.stream().filter(t -> java.util.Objects.equals(t.role(), role)).mapToLong(nl.kopgroep.base.RoleTally::items).sum();
    }

    private UserId ownerOf(long goal) {
        return new UserId(jdbc.sql("SELECT owner_id FROM goal WHERE id = ?").param(goal).query(Long.class).single());
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }
}
