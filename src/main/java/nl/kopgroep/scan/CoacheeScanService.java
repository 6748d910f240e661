package nl.kopgroep.scan;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.RetryOnWriteConflict;
import nl.kopgroep.goals.CoacheeGoalService;
import nl.kopgroep.goals.GoalHistoryService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.organisation.Coachee;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach's side of their coachees' scans: only participants assigned to the signed-in coach (anyone else is not
 * found). The coach scores independently and sees the participant's scores, notes and evidence only once both have
 * submitted; evidence the coach may not read (a private journal entry) shows without title.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class CoacheeScanService {

    private final ScanSheets sheets;
    private final ScanStore store;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final CoacheeGoalService goals;
    private final GoalHistoryService goalHistory;
    private final EntryReadingService entries;

    CoacheeScanService(ScanSheets sheets, ScanStore store, CohortService cohorts, CurrentUser currentUser,
                       CoacheeGoalService goals, GoalHistoryService goalHistory, EntryReadingService entries) {
        this.sheets = sheets;
        this.store = store;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.goals = goals;
        this.goalHistory = goalHistory;
        this.entries = entries;
    }

    /** Each of my coachees with the newest open round as I see it: in a fixed number of statements. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<CoacheeScan> coacheeScans() {
        List<Coachee> coachees = cohorts.myCoachees();
        Map<UserId, Map<Integer, ScanStore.ScanRow>> scans = new HashMap<>();
        store.scansOf(coachees.stream().map(c -> c.person().id()).distinct().toList())
                .forEach(scan -> scans.computeIfAbsent(scan.participant(), k -> new HashMap<>()).put(scan.round(), scan));
        return coachees.stream().map(c -> {
            Map<Integer, ScanStore.ScanRow> theirs = scans.getOrDefault(c.person().id(), Map.of()).values().stream()
                    .filter(scan -> scan.cohort().equals(c.cohort().id()))
                    .collect(Collectors.toMap(ScanStore.ScanRow::round, Function.identity()));
            return new CoacheeScan(c.person().id(), c.person().displayName(),
                    ScanSheets.current(sheets.rounds(c.cohort().startDate(), theirs, Scorer.COACH)).orElse(null));
        }).toList();
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public String coacheeName(UserId participant) {
        return coachee(participant).person().displayName();
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<ScanRound> rounds(UserId participant) {
        return sheets.rounds(participant, coachee(participant).cohort(), Scorer.COACH);
    }

    @PreAuthorize("hasRole('COACH')")
    public ScanSheet sheet(UserId participant, int round) {
        Coachee coachee = coachee(participant);
        return sheets.sheet(participant, coachee.person().displayName(), coachee.cohort(), round, Scorer.COACH,
                List::of, () -> readableEvidence(participant), () -> goals.goalsOf(participant));
    }

    @RetryOnWriteConflict
    @PreAuthorize("hasRole('COACH')")
    public Instant saveScore(UserId participant, int round, ScoreForm form) {
        return sheets.save(participant, coachee(participant).cohort(), round, Scorer.COACH, currentUser.id(), form,
                List::of);
    }

    @RetryOnWriteConflict
    @PreAuthorize("hasRole('COACH')")
    public void submit(UserId participant, int round) {
        sheets.submit(participant, coachee(participant).cohort(), round, Scorer.COACH, currentUser.id());
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Growth growth(UserId participant) {
        return sheets.growth(participant, coachee(participant).cohort());
    }

    /** The participant, if the signed-in coach is assigned to them now; otherwise they do not exist here. */
    private Coachee coachee(UserId participant) {
        return cohorts.myCoachees().stream().filter(c -> c.person().id().equals(participant)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** What the coach may read of the participant's: entries shared with them, and all goals with their check-ins. */
    private Map<String, EvidenceChoice> readableEvidence(UserId participant) {
        Map<String, EvidenceChoice> readable = new HashMap<>();
        entries.coacheeEntries(participant).forEach(e -> readable.put(
                ScanSheets.key(EvidenceKind.JOURNAL_ENTRY, e.id().value()),
                new EvidenceChoice(EvidenceKind.JOURNAL_ENTRY, e.id().value(), e.title(), e.updatedAt())));
        for (GoalView goal : goals.goalsOf(participant)) {
            readable.put(ScanSheets.key(EvidenceKind.GOAL, goal.id()),
                    new EvidenceChoice(EvidenceKind.GOAL, goal.id(), goal.title(), null));
            goalHistory.history(goal.id()).forEach(checkIn -> readable.put(ScanSheets.key(EvidenceKind.CHECK_IN, checkIn.id()),
                    new EvidenceChoice(EvidenceKind.CHECK_IN, checkIn.id(), goal.title(), checkIn.at())));
        }
        return readable;
    }
}
