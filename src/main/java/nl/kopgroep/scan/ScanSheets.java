package nl.kopgroep.scan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.CompetencyProfile;
import nl.kopgroep.programme.ProgrammeService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The scan's rules for both sides, used by the participant's and the coach's service after they have established
 * who the participant is and that the reader may act on them: the schedule's rounds and their status, the sheet with
 * the other side's scores only once both submitted, saving one competency's score, submitting, and growth.
 */
@Component
class ScanSheets {

    static final int NOTE_MAX = 1000;
    static final int LOW_LEVEL = 2;

    private final ScanStore store;
    private final ProgrammeService programme;
    private final Clock clock;

    ScanSheets(ScanStore store, ProgrammeService programme, Clock clock) {
        this.store = store;
        this.programme = programme;
        this.clock = clock;
    }

    /** Every round of the participant's cohort as this side sees it. */
    List<ScanRound> rounds(UserId participant, CohortSummary cohort, Scorer me) {
        Map<Integer, ScanStore.ScanRow> scans = store.scansOf(participant, cohort.id()).stream()
                .collect(Collectors.toMap(ScanStore.ScanRow::round, Function.identity()));
        return rounds(cohort.startDate(), scans, me);
    }

    List<ScanRound> rounds(LocalDate cohortStart, Map<Integer, ScanStore.ScanRow> scans, Scorer me) {
        LocalDate today = LocalDate.now(clock);
        List<ScanRound> rounds = new ArrayList<>();
        for (int r = 0; r < ScanSchedule.ROUNDS; r++) {
            rounds.add(round(cohortStart, r, scans.get(r), me, today));
        }
        return rounds;
    }

    /** The newest round that has opened, if any. */
    static Optional<ScanRound> current(List<ScanRound> rounds) {
        return rounds.stream().filter(r -> r.status() != RoundStatus.UPCOMING).reduce((a, b) -> b);
    }

    private static ScanRound round(LocalDate start, int r, ScanStore.@Nullable ScanRow scan, Scorer me, LocalDate today) {
        LocalDate opens = ScanSchedule.opensOn(start, r);
        LocalDate due = ScanSchedule.dueOn(start, r);
        RoundStatus status;
        if (today.isBefore(opens)) {
            status = RoundStatus.UPCOMING;
        } else if (scan != null && scan.closed()) {
            status = RoundStatus.CLOSED;
        } else if (scan != null && scan.submittedBy(me)) {
            status = RoundStatus.SUBMITTED;
        } else {
            status = RoundStatus.OPEN;
        }
        return new ScanRound(r, ScanSchedule.month(r), opens, due, status,
                status == RoundStatus.OPEN && today.isAfter(due));
    }

    /**
     * The round's sheet for this side; the scan is made when it is first opened. {@code readable} gives the items
     * this reader may see (the participant: their own; the coach: what the participant shares with them), keyed by
     * {@link #key}; {@code ownChoices} what the participant may pick as evidence (empty for the coach).
     */
    ScanSheet sheet(UserId participant, String name, CohortSummary cohort, int round, Scorer me,
                    Supplier<List<EvidenceChoice>> ownChoices, Supplier<Map<String, EvidenceChoice>> readable,
                    Supplier<List<GoalView>> goals) {
        ScanRound scanRound = openedRound(cohort, participant, round, me);
        ScanStore.ScanRow scan = store.findOrCreate(participant, cohort.organisationId(), cohort.id(), round,
                ScanSchedule.dueOn(cohort.startDate(), round), clock.instant());
        List<CompetencyProfile> framework = programme.competencyFramework();
        Scorer other = me == Scorer.SELF ? Scorer.COACH : Scorer.SELF;
        List<ScanStore.ScoreRow> rows = store.scores(List.of(scan.id()));
        boolean closed = scan.closed();
        boolean evidenceShown = rows.stream().anyMatch(row -> row.evidenceKind() != null
                && (row.scorer() == me || closed));
        Map<String, EvidenceChoice> visible = evidenceShown ? readable.get() : Map.of();
        Map<String, Score> mine = scores(rows, me, visible);
        Map<String, Score> theirs = closed ? scores(rows, other, visible) : Map.of();
        List<EvidenceChoice> choices = me == Scorer.SELF && scanRound.fillable() ? ownChoices.get() : List.of();
        return new ScanSheet(participant, name, scanRound, me, framework, mine, theirs, choices,
                low(framework, mine, theirs, goals));
    }

    /**
     * The low competencies of a closed round (both sides submitted), read only: nothing is made and no evidence is
     * loaded. Empty when the round has no closed scan.
     */
    List<LowCompetency> lowOfClosedRound(UserId participant, nl.kopgroep.base.CohortId cohort, int round, Scorer me,
                                         Supplier<List<GoalView>> goals) {
        return store.find(participant, cohort, round).filter(ScanStore.ScanRow::closed).map(scan -> {
            List<ScanStore.ScoreRow> rows = store.scores(List.of(scan.id()));
            Scorer other = me == Scorer.SELF ? Scorer.COACH : Scorer.SELF;
            return low(programme.competencyFramework(), scores(rows, me, Map.of()), scores(rows, other, Map.of()), goals);
        }).orElse(List.of());
    }

    private boolean alreadyChosen(ScanStore.ScanRow scan, Scorer me, String competency, EvidenceKind kind, long evidence) {
        return store.scores(List.of(scan.id())).stream().anyMatch(row -> row.scorer() == me
                && row.competency().equals(competency) && row.evidenceKind() == kind
                && Long.valueOf(evidence).equals(row.evidenceId()));
    }

    /** Saves one competency's score as the scorer goes; refused once they submitted. */
    Instant save(UserId participant, CohortSummary cohort, int round, Scorer me, UserId by, ScoreForm form,
                 Supplier<List<EvidenceChoice>> ownChoices) {
        openedRound(cohort, participant, round, me);
        if (programme.competencies().stream().noneMatch(c -> c.code().equals(form.competency()))) {
            throw new DomainException("scan.unknownCompetency");
        }
        Integer level = form.level();
        if (level != null && (level < 1 || level > 4)) {
            throw new DomainException("scan.levelRange");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new DomainException("validation.tooLong", "scan.note", NOTE_MAX);
        }
        EvidenceKind kind = form.evidenceKind();
        Long evidence = form.evidenceId();
        if ((kind == null) != (evidence == null)) {
            throw new DomainException("scan.unknownEvidence");
        }
        if (kind != null && me != Scorer.SELF) {
            throw new DomainException("scan.unknownEvidence");
        }
        Instant now = clock.instant();
        ScanStore.ScanRow scan = store.lock(store.findOrCreate(participant, cohort.organisationId(), cohort.id(), round,
                ScanSchedule.dueOn(cohort.startDate(), round), now).id());
        if (scan.submittedBy(me)) {
            throw new DomainException("scan.alreadySubmitted");
        }
        // Evidence is the participant's own: checked against what they may pick, never taken on the client's word —
        // once, when it is chosen, not at every save of the note beside it.
        if (kind != null && !alreadyChosen(scan, me, form.competency(), kind, evidence)
                && ownChoices.get().stream().noneMatch(c -> c.kind() == kind && c.id() == evidence)) {
            throw new DomainException("scan.unknownEvidence");
        }
        store.saveScore(scan.id(), me, by, new ScoreForm(form.competency(), level, kind, evidence, note), now);
        return now;
    }

    /** Submits this side's scores; every competency needs a level. */
    void submit(UserId participant, CohortSummary cohort, int round, Scorer me, UserId by) {
        openedRound(cohort, participant, round, me);
        ScanStore.ScanRow scan = store.lock(store.findOrCreate(participant, cohort.organisationId(), cohort.id(), round,
                ScanSchedule.dueOn(cohort.startDate(), round), clock.instant()).id());
        if (scan.submittedBy(me)) {
            throw new DomainException("scan.alreadySubmitted");
        }
        Map<String, Integer> levels = store.scores(List.of(scan.id())).stream()
                .filter(row -> row.scorer() == me && row.level() != null)
                .collect(Collectors.toMap(ScanStore.ScoreRow::competency, ScanStore.ScoreRow::level));
        List<String> missing = programme.competencies().stream().filter(c -> !levels.containsKey(c.code()))
                .map(Competency::name).toList();
        if (!missing.isEmpty()) {
            throw new DomainException("scan.incomplete", String.join(", ", missing));
        }
        store.submit(scan.id(), me, by, clock.instant());
    }

    /** The participant's levels in the closed rounds of this cohort, self and coach per competency. */
    Growth growth(UserId participant, CohortSummary cohort) {
        List<ScanStore.ScanRow> closed = store.scansOf(participant, cohort.id()).stream()
                .filter(ScanStore.ScanRow::closed).toList();
        Map<Long, Integer> roundOf = closed.stream()
                .collect(Collectors.toMap(ScanStore.ScanRow::id, ScanStore.ScanRow::round));
        Map<String, Integer[]> levels = new LinkedHashMap<>();
        for (ScanStore.ScoreRow row : store.scores(roundOf.keySet())) {
            Integer[] pair = levels.computeIfAbsent(row.competency() + "#" + roundOf.get(row.scan()), k -> new Integer[2]);
            pair[row.scorer() == Scorer.SELF ? 0 : 1] = row.level();
        }
        List<Competency> competencies = programme.competencies();
        List<Integer> rounds = closed.stream().map(ScanStore.ScanRow::round).sorted().toList();
        List<Growth.Point> points = new ArrayList<>();
        for (Competency competency : competencies) {
            for (int r : rounds) {
                Integer[] pair = levels.getOrDefault(competency.code() + "#" + r, new Integer[2]);
                points.add(new Growth.Point(competency.code(), r, pair[0], pair[1]));
            }
        }
        return new Growth(competencies, rounds, points);
    }

    /** A supplier that asks once: the evidence choices are read at most once per request. */
    static <T> Supplier<T> once(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T result = (T) value[0];
            return result;
        };
    }

    static String key(EvidenceKind kind, long id) {
        return kind.name() + ":" + id;
    }

    /** The round, if it exists and has opened, and this side may still act on it or read it. */
    private ScanRound openedRound(CohortSummary cohort, UserId participant, int round, Scorer me) {
        if (!ScanSchedule.exists(round)) {
            throw new NotFoundException();
        }
        ScanRound scanRound = rounds(participant, cohort, me).get(round);
        if (scanRound.status() == RoundStatus.UPCOMING) {
            throw new NotFoundException();
        }
        return scanRound;
    }

    private static Map<String, Score> scores(List<ScanStore.ScoreRow> rows, Scorer scorer,
                                             Map<String, EvidenceChoice> visible) {
        Map<String, Score> scores = new LinkedHashMap<>();
        rows.stream().filter(row -> row.scorer() == scorer).forEach(row -> {
            EvidenceChoice evidence = null;
            if (row.evidenceKind() != null && row.evidenceId() != null) {
                evidence = visible.getOrDefault(key(row.evidenceKind(), row.evidenceId()),
                        new EvidenceChoice(row.evidenceKind(), row.evidenceId(), null, null));
            }
            scores.put(row.competency(), new Score(row.competency(), row.level(), evidence, row.note(), row.updatedAt()));
        });
        return scores;
    }

    private static List<LowCompetency> low(List<CompetencyProfile> framework, Map<String, Score> mine,
                                           Map<String, Score> theirs, Supplier<List<GoalView>> goals) {
        List<CompetencyProfile> low = framework.stream()
                .filter(c -> isLow(mine.get(c.code())) || isLow(theirs.get(c.code()))).toList();
        if (low.isEmpty()) {
            return List.of();
        }
        List<GoalView> learning = goals.get().stream().filter(g -> g.kind() == GoalKind.LEARNING).toList();
        return low.stream().map(c -> new LowCompetency(c.code(), c.name(), learning.stream()
                        // a goal view names its competencies (GoalViews), as the framework does
                        .filter(g -> g.competencies().contains(c.name()) || g.competencies().contains(c.code()))
                        .map(g -> new LowCompetency.LearningGoal(g.id(), g.title())).toList()))
                .toList();
    }

    private static boolean isLow(@Nullable Score score) {
        return score != null && score.level() != null && score.level() <= LOW_LEVEL;
    }
}
