package nl.kopgroep.goals;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.Role;
import java.util.stream.Collectors;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals and who sees them (PRODUCT.md §4.5): the participant and their coaches see all of a
 * participant's goals; the managers of the organisation see WORK goals only, grouped by commitment;
 * LEARNING goals never reach a manager. Check-ins follow the status rules.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class GoalService {

    static final int LOW_CONFIDENCE = 4;
    static final int CHECK_IN_DAYS = 31;

    private final GoalStore store;
    private final AgreementService agreements;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProgrammeService programme;
    private final GoalProgressStore progress;

    GoalService(GoalStore store, AgreementService agreements, CohortService cohorts, CurrentUser currentUser, Clock clock,
                ProgrammeService programme, GoalProgressStore progress) {
        this.store = store;
        this.progress = progress;
        this.programme = programme;
        this.agreements = agreements;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public long create(GoalForm form) {
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            throw new DomainException("validation.required", "goal.title");
        }
        if (title.length() > 300) {
            throw new DomainException("validation.tooLong", "goal.title", 300);
        }
        Set<String> commitments = form.commitments() == null ? Set.of() : Set.copyOf(form.commitments());
        Set<String> competencies = form.competencies() == null ? Set.of() : Set.copyOf(form.competencies());
        Map<String, String> linked = Map.of();
        if (form.kind() == GoalKind.WORK) {
            linked = checkedCommitments(commitments);
        } else {
            if (competencies.isEmpty()) {
                throw new DomainException("goal.competencyRequired");
            }
            Set<String> known = programme.competencies().stream().map(Competency::code).collect(Collectors.toSet());
            List<String> unknown = competencies.stream().filter(c -> !known.contains(c)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new DomainException("goal.unknownCompetency", String.join(", ", unknown));
            }
        }
        GoalForm clean = new GoalForm(form.kind(), title, form.description(),
                form.kind() == GoalKind.WORK ? commitments : Set.of(),
                form.kind() == GoalKind.LEARNING ? competencies : Set.of());
        return store.insert(currentUser.id().value(), currentUser.organisationId().value(), clean, linked, clock.instant());
    }

    /** The commitments with their current titles, if all are in the agreement in force and there is at least one. */
    private Map<String, String> checkedCommitments(Set<String> commitments) {
        if (commitments.isEmpty()) {
            throw new DomainException("goal.commitmentRequired");
        }
        Map<String, String> titles = currentCommitmentTitles();
        List<String> unknown = commitments.stream().filter(c -> !titles.containsKey(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new DomainException("goal.unknownCommitment", String.join(", ", unknown));
        }
        Map<String, String> linked = new TreeMap<>();
        commitments.forEach(code -> linked.put(code, titles.get(code)));
        return linked;
    }

    /**
     * Links a WORK goal again after a revision of the agreement: to other commitments, or to the same
     * ones after reading their new wording. Recorded as an adjustment, so it needs a rationale.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void relink(long goal, Set<String> commitments, String rationale) {
        GoalStore.GoalRow row = ownGoal(goal);
        if (row.kind() != GoalKind.WORK) {
            throw new NotFoundException();
        }
        String reason = rationale == null ? "" : rationale.strip();
        if (reason.isEmpty()) {
            throw new DomainException("goal.rationaleRequired");
        }
        Map<String, String> linked = checkedCommitments(commitments == null ? Set.of() : Set.copyOf(commitments));
        List<String> before = store.links(List.of(goal), "COMMITMENT").getOrDefault(goal, List.of());
        boolean flagged = !relinkNeeded(before, store.linkedTitles(List.of(goal)).getOrDefault(goal, Map.of()),
                currentCommitmentTitles()).isEmpty();
        if (!flagged && Set.copyOf(before).equals(linked.keySet())) {
            throw new DomainException("goal.nothingAdjusted");
        }
        store.adjust(goal, null, "commitments", String.join(", ", before), String.join(", ", linked.keySet()), reason,
                clock.instant());
        store.linkCommitments(goal, linked);
    }

    /**
     * The check-ins of a goal, newest first: for its owner and their coaches, and for the managers
     * of the organisation when it is a WORK goal (a LEARNING goal looks like a missing one to them).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CheckInRecord> history(long goal) {
        return store.history(readable(goal).id());
    }

    private GoalStore.GoalRow readable(long id) {
        return store.goal(id).filter(g -> g.ownerId() == currentUser.id().value()
                        || (currentUser.hasRole(Role.COACH) && cohorts.coachesParticipant(new UserId(g.ownerId())))
                        || ((currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN))
                        && g.kind() == GoalKind.WORK && g.organisationId() == currentUser.organisationId().value()))
                .orElseThrow(NotFoundException::new);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public long addKeyResult(long goal, KeyResultForm form) {
        ownGoal(goal);
        if (form.title() == null || form.title().isBlank()) {
            throw new DomainException("validation.required", "goal.keyResult");
        }
        return store.addKeyResult(goal, new KeyResultForm(form.title().strip(), form.unit(), form.baseline(), form.target()));
    }

    /** Records a check-in; an explanation is required when the status worsens or confidence is low. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void checkIn(CheckInForm form) {
        GoalStore.GoalRow goal = ownGoal(form.goalId());
        if (form.confidence() < 1 || form.confidence() > 10) {
            throw new DomainException("goal.confidenceRange");
        }
        boolean betterThanWeakest = form.weakestKeyResult().map(weakest -> weakest.worseThan(form.status())).orElse(false);
        boolean explanationNeeded = form.status().worseThan(goal.status()) || form.confidence() <= LOW_CONFIDENCE;
        boolean explained = form.explanation() != null && !form.explanation().isBlank();
        if (betterThanWeakest && !explained) {
            throw new DomainException("goal.explainBetterThanKeyResults");
        }
        if (explanationNeeded && !explained) {
            throw new DomainException("goal.explanationRequired");
        }
        store.checkIn(goal.id(), form, clock.instant());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<GoalView> myGoals() {
        return views(store.ofOwner(currentUser.id().value()), currentUser.require().displayName());
    }

    /** All goals of one of my coachees. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<GoalView> goalsOf(UserId participant) {
        if (!cohorts.coachesParticipant(participant)) {
            throw new NotFoundException();
        }
        String name = cohorts.myCoachees().stream().filter(c -> c.person().id().equals(participant))
                .map(c -> c.person().displayName()).findFirst().orElse("");
        return views(store.ofOwner(participant.value()), name);
    }

    /** For managers: the WORK goals of my organisation per commitment code (never a LEARNING goal). */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, List<GoalView>> workGoalsByCommitment() {
        List<GoalView> goals = views(store.workGoalsOf(currentUser.organisationId().value()), "");
        Map<String, List<GoalView>> byCommitment = new TreeMap<>();
        for (GoalView goal : goals) {
            goal.commitments().forEach(code -> byCommitment.computeIfAbsent(code, k -> new ArrayList<>()).add(goal));
        }
        return byCommitment;
    }

    /**
     * The WORK goals of my organisation (or one of its cohorts) as they stood at the end of the
     * period, with what happened in it. A fixed number of statements, whatever the size.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<WorkGoalProgress> workGoalProgress(ReportingPeriod period) {
        long org = currentUser.organisationId().value();
        long cohort = period.cohort() == null ? 0 : period.cohort().value();
        LocalDateTime start = period.from().atStartOfDay();
        LocalDateTime end = period.to().plusDays(1).atStartOfDay();
        boolean endIsNow = !period.to().isBefore(java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
        Map<Long, GoalProgressStore.Row> rows = progress.goals(org, cohort, start, end);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> links = progress.commitments(org, cohort, start, end);
        Map<Long, GoalProgressStore.Latest> latest = progress.latest(org, cohort, start, end);
        Map<Long, GoalProgressStore.Activity> activity = progress.activity(org, cohort, start, end);
        Map<Long, List<GoalProgressStore.KeyResultAt>> keyResults = progress.keyResultsAt(org, cohort, start, end, endIsNow,
                latest);
        List<WorkGoalProgress> result = new ArrayList<>();
        for (GoalProgressStore.Row row : rows.values()) {
            List<GoalProgressStore.KeyResultAt> results = keyResults.getOrDefault(row.id(), List.of());
            double[] shares = results.stream().mapToDouble(GoalService::reached).toArray();
            GoalProgressStore.Activity done = activity.getOrDefault(row.id(), new GoalProgressStore.Activity(0, null, null));
            result.add(new WorkGoalProgress(row.id(), row.title(), row.owner(), links.getOrDefault(row.id(), List.of()),
                    latest.containsKey(row.id()) ? latest.get(row.id()).status() : null, shares.length == 0 ? null : java.util.Arrays.stream(shares).average().orElse(0),
                    shares.length, (int) java.util.Arrays.stream(shares).filter(share -> share >= 1).count(),
                    done.checkIns(), done.evidence(), done.evidenceAt()));
        }
        return result;
    }

    /** How far a key result got: the share of the way from baseline to target (0–1), or 1/0 for done/not done. */
    static double reached(GoalProgressStore.KeyResultAt result) {
        if (result.target() == null) {
            return Boolean.TRUE.equals(result.done()) ? 1 : 0;
        }
        java.math.BigDecimal baseline = result.baseline() == null ? java.math.BigDecimal.ZERO : result.baseline();
        java.math.BigDecimal value = result.value() == null ? baseline : result.value();
        java.math.BigDecimal distance = result.target().subtract(baseline);
        if (distance.signum() == 0) {
            return value.compareTo(result.target()) >= 0 ? 1 : 0;
        }
        double share = value.subtract(baseline).doubleValue() / distance.doubleValue();
        return Math.max(0, Math.min(1, share));
    }

    /** Check-ins on WORK goals per month of the period (every month present, empty ones as zero). */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<MonthCount> checkInsPerMonth(ReportingPeriod period) {
        long cohort = period.cohort() == null ? 0 : period.cohort().value();
        var counted = progress.checkInsPerMonth(currentUser.organisationId().value(), cohort,
                period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay());
        List<MonthCount> months = new ArrayList<>();
        for (java.time.YearMonth month = java.time.YearMonth.from(period.from());
             !month.isAfter(java.time.YearMonth.from(period.to())); month = month.plusMonths(1)) {
            int[] count = counted.getOrDefault(month, new int[2]);
            months.add(new MonthCount(month, count[0], count[1]));
        }
        return months;
    }

    /** One WORK goal of my organisation, for management's drill-down; a learning goal looks like a missing one. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public GoalView workGoal(long id) {
        GoalStore.GoalRow row = store.goal(id).filter(g -> g.kind() == GoalKind.WORK
                && g.organisationId() == currentUser.organisationId().value()).orElseThrow(NotFoundException::new);
        return views(List.of(row), store.ownerName(row.ownerId())).getFirst();
    }

    /**
     * The half-yearly evaluation of a goal: every change of title, description or key-result target
     * needs a rationale, and the original value is kept and shown next to the new one.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void adjust(AdjustmentForm form) {
        GoalStore.GoalRow goal = ownGoal(form.goalId());
        String rationale = form.rationale() == null ? "" : form.rationale().strip();
        if (rationale.isEmpty()) {
            throw new DomainException("goal.rationaleRequired");
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            throw new DomainException("validation.required", "goal.title");
        }
        String description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        java.time.Instant now = clock.instant();
        boolean changed = false;
        if (!title.equals(goal.title())) {
            store.adjust(goal.id(), null, "title", goal.title(), title, rationale, now);
            changed = true;
        }
        if (!java.util.Objects.equals(description, goal.description())) {
            store.adjust(goal.id(), null, "description", goal.description(), description, rationale, now);
            changed = true;
        }
        for (GoalView.KeyResult result : store.keyResults(goal.id())) {
            java.math.BigDecimal target = form.targets().get(result.id());
            if (target != null && result.target() != null && target.compareTo(result.target()) != 0) {
                store.adjust(goal.id(), result.id(), "target", result.target().toPlainString(), target.toPlainString(),
                        rationale, now);
                store.updateTarget(goal.id(), result.id(), target);
                changed = true;
            }
        }
        if (!changed) {
            throw new DomainException("goal.nothingAdjusted");
        }
        store.updateGoal(goal.id(), title, description, now);
    }

    /** The comments under a goal: for its owner and the owner's coaches only. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional(readOnly = true)
    public List<GoalComment> comments(long goal) {
        return store.comments(conversable(goal).id());
    }

    /** A coach comments on a coachee's goal, or the participant answers. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public void comment(long goal, String text) {
        GoalStore.GoalRow row = conversable(goal);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("review.textRequired");
        }
        if (body.length() > 5000) {
            throw new DomainException("review.textTooLong", 5000);
        }
        store.comment(row.id(), currentUser.id().value(), body, clock.instant());
    }

    private GoalStore.GoalRow conversable(long id) {
        return store.goal(id).filter(g -> g.ownerId() == currentUser.id().value()
                        || cohorts.coachesParticipant(new UserId(g.ownerId())))
                .orElseThrow(NotFoundException::new);
    }

    /** My goals whose monthly check-in is due: never checked in, or not in the last month. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<GoalView> checkInsDue() {
        return myGoals().stream().filter(this::due).toList();
    }

    /** For each of my coachees: how many goals they have and how many check-ins are overdue. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<CoacheeGoals> coacheeGoals() {
        var coachees = cohorts.myCoachees();
        Map<Long, int[]> counts = store.goalCountsByOwner(coachees.stream().map(c -> c.person().id().value()).toList(),
                clock.instant().minus(java.time.Duration.ofDays(CHECK_IN_DAYS)));
        return coachees.stream().map(coachee -> {
            int[] count = counts.getOrDefault(coachee.person().id().value(), new int[3]);
            return new CoacheeGoals(coachee.person().id(), coachee.person().displayName(), count[0], count[1], count[2]);
        }).toList();
    }

    private boolean due(GoalView goal) {
        java.time.Instant monthAgo = clock.instant().minus(java.time.Duration.ofDays(CHECK_IN_DAYS));
        return goal.lastCheckIn() == null || goal.lastCheckIn().isBefore(monthAgo);
    }

    private GoalStore.GoalRow ownGoal(long id) {
        return store.goal(id).filter(g -> g.ownerId() == currentUser.id().value()).orElseThrow(NotFoundException::new);
    }

    private Map<String, String> currentCommitmentTitles() {
        return agreements.current().map(a -> a.commitmentTitles()).orElse(Map.of());
    }

    /** Linked codes the agreement in force no longer has, or whose title changed since the goal was linked. */
    private static List<String> relinkNeeded(List<String> linked, Map<String, String> linkedTitles,
                                             Map<String, String> current) {
        return linked.stream().filter(code -> !current.containsKey(code)
                || (linkedTitles.get(code) != null && !linkedTitles.get(code).equals(current.get(code)))).toList();
    }

    private List<GoalView> views(List<GoalStore.GoalRow> rows, String ownerName) {
        List<Long> ids = rows.stream().map(GoalStore.GoalRow::id).toList();
        Map<Long, List<String>> commitments = store.links(ids, "COMMITMENT");
        Map<Long, Map<String, String>> linkedTitles = store.linkedTitles(ids);
        Map<Long, List<String>> competencies = store.links(ids, "COMPETENCY");
        Map<String, String> competencyNames = competencies.isEmpty() ? Map.of() : programme.competencyNames();
        Map<String, String> current = currentCommitmentTitles();
        Map<Long, List<GoalView.KeyResult>> keyResults = store.keyResults(ids);
        Map<Long, java.time.Instant> lastCheckIns = store.lastCheckIns(ids);
        Map<Long, List<Adjustment>> adjustments = store.adjustments(ids);
        Map<Long, GoalView> result = new LinkedHashMap<>();
        for (GoalStore.GoalRow row : rows) {
            List<String> linked = commitments.getOrDefault(row.id(), List.of());
            result.put(row.id(), new GoalView(row.id(), ownerName, row.kind(), row.title(), row.description(), row.status(),
                    linked, competencies.getOrDefault(row.id(), List.of()).stream()
                            .map(code -> competencyNames.getOrDefault(code, code)).toList(),
                    keyResults.getOrDefault(row.id(), List.of()), lastCheckIns.get(row.id()),
                    relinkNeeded(linked, linkedTitles.getOrDefault(row.id(), Map.of()), current),
                    adjustments.getOrDefault(row.id(), List.of())));
        }
        return List.copyOf(result.values());
    }

    /** The programme's competencies a learning goal can be linked to. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<Competency> competencies() {
        return programme.competencies();
    }

}
