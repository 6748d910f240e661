package nl.kopgroep.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.database.RetryOnWriteConflict;
import nl.kopgroep.goals.GoalHistoryService;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.MyCohort;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's own competency scans: the rounds of their cohort with status and due date, filling in a round
 * (saved per competency as they go, evidence only from their own journal entries, goals and check-ins), submitting,
 * and their growth over the closed rounds.
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional
public class ScanService {

    private final ScanSheets sheets;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final JournalService journal;
    private final GoalService goals;
    private final GoalHistoryService goalHistory;

    ScanService(ScanSheets sheets, CohortService cohorts, CurrentUser currentUser, JournalService journal,
                GoalService goals, GoalHistoryService goalHistory) {
        this.sheets = sheets;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.journal = journal;
        this.goals = goals;
        this.goalHistory = goalHistory;
    }

    /** The five rounds of my cohort; none when I am in no cohort. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<ScanRound> myRounds() {
        return cohorts.myCohort().map(mine -> sheets.rounds(currentUser.id(), mine.cohort(), Scorer.SELF))
                .orElse(List.of());
    }

    /** The open round I have not submitted yet, for the home page. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Optional<ScanRound> dueRound() {
        return ScanSheets.current(myRounds()).filter(ScanRound::fillable);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public ScanSheet sheet(int round) {
        CohortSummary cohort = myCohort();
        Supplier<List<EvidenceChoice>> choices = ScanSheets.once(this::evidenceChoices);
        return sheets.sheet(currentUser.id(), currentUser.require().displayName(), cohort, round, Scorer.SELF,
                choices, () -> choices.get().stream()
                        .collect(Collectors.toMap(c -> ScanSheets.key(c.kind(), c.id()), Function.identity())),
                goals::myGoals);
    }

    /** My latest closed round's low competencies with the learning goals that work on them (read only). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<LowCompetency> latestLow() {
        Optional<MyCohort> mine = cohorts.myCohort();
        if (mine.isEmpty()) {
            return List.of();
        }
        CohortSummary cohort = mine.get().cohort();
        return sheets.rounds(currentUser.id(), cohort, Scorer.SELF).stream()
                .filter(r -> r.status() == RoundStatus.CLOSED).reduce((a, b) -> b)
                .map(r -> sheets.lowOfClosedRound(currentUser.id(), cohort.id(), r.round(), Scorer.SELF, goals::myGoals))
                .orElse(List.of());
    }

    /** Saves my score for one competency; returns when. */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('PARTICIPANT')")
    public Instant saveScore(int round, ScoreForm form) {
        return sheets.save(currentUser.id(), myCohort(), round, Scorer.SELF, currentUser.id(), form,
                this::evidenceChoices);
    }

    @RetryOnWriteConflict
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void submit(int round) {
        sheets.submit(currentUser.id(), myCohort(), round, Scorer.SELF, currentUser.id());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Growth growth() {
        return cohorts.myCohort().map(mine -> sheets.growth(currentUser.id(), mine.cohort()))
                .orElseGet(() -> new Growth(List.of(), List.of(), List.of()));
    }

    private CohortSummary myCohort() {
        return cohorts.myCohort().map(MyCohort::cohort).orElseThrow(NotFoundException::new);
    }

    /** What I may point at: my journal entries (newest first), my goals and their check-ins. */
    private List<EvidenceChoice> evidenceChoices() {
        List<EvidenceChoice> choices = new ArrayList<>();
        journal.myEntries("", null, null).forEach(entry -> choices.add(new EvidenceChoice(EvidenceKind.JOURNAL_ENTRY,
                entry.id().value(), entry.title(), entry.updatedAt())));
        List<GoalView> mine = goals.myGoals();
        mine.forEach(goal -> choices.add(new EvidenceChoice(EvidenceKind.GOAL, goal.id(), goal.title(), null)));
        for (GoalView goal : mine) {
            goalHistory.history(goal.id()).forEach(checkIn -> choices.add(new EvidenceChoice(EvidenceKind.CHECK_IN,
                    checkIn.id(), goal.title(), checkIn.at())));
        }
        return choices;
    }
}
