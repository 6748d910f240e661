package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's own goals: WORK goals linked to commitments of the agreement in force, LEARNING
 * goals linked to the programme's competencies, key results, monthly check-ins with the explanation
 * rule, the half-yearly adjustment with a rationale, and re-linking after a revised agreement.
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional
public class GoalService {

    static final int LOW_CONFIDENCE = 4;
    static final int CHECK_IN_DAYS = 31;

    private final GoalStore store;
    private final GoalViews goalViews;
    private final GoalAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProgrammeService programme;

    GoalService(GoalStore store, GoalViews goalViews, GoalAccess access, CurrentUser currentUser, Clock clock,
                ProgrammeService programme) {
        this.store = store;
        this.goalViews = goalViews;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.programme = programme;
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
        Map<String, String> titles = goalViews.currentCommitmentTitles();
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
        GoalStore.GoalRow row = access.own(goal);
        if (row.kind() != GoalKind.WORK) {
            throw new NotFoundException();
        }
        String reason = rationale == null ? "" : rationale.strip();
        if (reason.isEmpty()) {
            throw new DomainException("goal.rationaleRequired");
        }
        Map<String, String> linked = checkedCommitments(commitments == null ? Set.of() : Set.copyOf(commitments));
        List<String> before = store.links(List.of(goal), "COMMITMENT").getOrDefault(goal, List.of());
        boolean flagged = !GoalViews.relinkNeeded(before, store.linkedTitles(List.of(goal)).getOrDefault(goal, Map.of()),
                goalViews.currentCommitmentTitles()).isEmpty();
        if (!flagged && Set.copyOf(before).equals(linked.keySet())) {
            throw new DomainException("goal.nothingAdjusted");
        }
        store.adjust(goal, null, "commitments", String.join(", ", before), String.join(", ", linked.keySet()), reason,
                clock.instant());
        store.linkCommitments(goal, linked);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public long addKeyResult(long goal, KeyResultForm form) {
        access.own(goal);
        if (form.title() == null || form.title().isBlank()) {
            throw new DomainException("validation.required", "goal.keyResult");
        }
        return store.addKeyResult(goal, new KeyResultForm(form.title().strip(), form.unit(), form.baseline(), form.target()));
    }

    /** Records a check-in; an explanation is required when the status worsens or confidence is low. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void checkIn(CheckInForm form) {
        GoalStore.GoalRow goal = access.own(form.goalId());
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
        return goalViews.of(store.ofOwner(currentUser.id().value()), currentUser.require().displayName());
    }

    /** My goals whose monthly check-in is due: never checked in, or not in the last month. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<GoalView> checkInsDue() {
        return myGoals().stream().filter(this::due).toList();
    }

    private boolean due(GoalView goal) {
        Instant monthAgo = clock.instant().minus(Duration.ofDays(CHECK_IN_DAYS));
        return goal.lastCheckIn() == null || goal.lastCheckIn().isBefore(monthAgo);
    }

    /**
     * The half-yearly evaluation of a goal: every change of title, description or key-result target
     * needs a rationale, and the original value is kept and shown next to the new one.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void adjust(AdjustmentForm form) {
        GoalStore.GoalRow goal = access.own(form.goalId());
        String rationale = form.rationale() == null ? "" : form.rationale().strip();
        if (rationale.isEmpty()) {
            throw new DomainException("goal.rationaleRequired");
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            throw new DomainException("validation.required", "goal.title");
        }
        String description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        Instant now = clock.instant();
        boolean changed = false;
        if (!title.equals(goal.title())) {
            store.adjust(goal.id(), null, "title", goal.title(), title, rationale, now);
            changed = true;
        }
        if (!Objects.equals(description, goal.description())) {
            store.adjust(goal.id(), null, "description", goal.description(), description, rationale, now);
            changed = true;
        }
        for (GoalView.KeyResult result : store.keyResults(goal.id())) {
            BigDecimal target = form.targets().get(result.id());
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

    /** The programme's competencies a learning goal can be linked to. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<Competency> competencies() {
        return programme.competencies();
    }
}
