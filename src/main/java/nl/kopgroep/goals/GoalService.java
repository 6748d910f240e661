package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.NotFoundException;
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

    private final GoalRepository goals;
    private final GoalHistoryStore history;
    private final GoalViews goalViews;
    private final GoalAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProgrammeService programme;
    private final GoalRoleStore roles;

    GoalService(GoalRepository goals, GoalHistoryStore history, GoalViews goalViews, GoalAccess access,
                CurrentUser currentUser, Clock clock, ProgrammeService programme, GoalRoleStore roles) {
        this.goals = goals;
        this.roles = roles;
        this.history = history;
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
        Goal goal = goals.saveAndFlush(new Goal(currentUser.id(), currentUser.organisationId(), form.kind(), title,
                form.description(), linked, form.kind() == GoalKind.LEARNING ? competencies : Set.of(), clock.instant()));
        roles.tagGoal(goal.id(), roles(form.roles()));
        return goal.id();
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
        Goal row = access.own(goal);
        if (row.kind() != GoalKind.WORK) {
            throw new NotFoundException();
        }
        String reason = rationale == null ? "" : rationale.strip();
        if (reason.isEmpty()) {
            throw new DomainException("goal.rationaleRequired");
        }
        Map<String, String> linked = checkedCommitments(commitments == null ? Set.of() : Set.copyOf(commitments));
        List<String> before = row.linked(LinkType.COMMITMENT);
        boolean flagged = !GoalViews.relinkNeeded(before, row.linkedTitles(), goalViews.currentCommitmentTitles()).isEmpty();
        if (!flagged && Set.copyOf(before).equals(linked.keySet())) {
            throw new DomainException("goal.nothingAdjusted");
        }
        history.adjust(goal, null, "commitments", String.join(", ", before), String.join(", ", linked.keySet()), reason,
                clock.instant());
        row.relink(linked);
        flush();
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public long addKeyResult(long goal, KeyResultForm form) {
        Goal row = access.own(goal);
        if (form.title() == null || form.title().isBlank()) {
            throw new DomainException("validation.required", "goal.keyResult");
        }
        KeyResult result = row.addKeyResult(new KeyResultForm(form.title().strip(), form.unit(), form.baseline(), form.target()));
        goals.flush(); // the insert gives the id
        return result.id();
    }

    /** Records a check-in; an explanation is required when the status worsens or confidence is low. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void checkIn(CheckInForm form) {
        Goal goal = access.own(form.goalId());
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
        Instant now = clock.instant();
        goal.checkedIn(form.status(), form.values(), form.done(), form.keyResultStatus(), now);
        long checkIn = history.checkIn(goal.id(), form, goal.keyResults(), now);
        roles.tagCheckIn(checkIn, roles(form.roles()));
        flush();
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<GoalView> myGoals() {
        return goalViews.of(goals.findByOwnerIdOrderByCreatedAtAscIdAsc(currentUser.id().value()),
                currentUser.require().displayName());
    }

    /** My goals whose monthly check-in is due: never checked in, or not in the last month. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<DueCheckIn> checkInsDue() {
        // Issue 16: one statement for the home page, not the whole goal graph of myGoals() (eight).
        Instant monthAgo = clock.instant().minus(Duration.ofDays(CHECK_IN_DAYS));
        return history.lastCheckInOfOwnGoals(currentUser.id().value()).stream()
                .filter(goal -> goal.lastCheckIn() == null || goal.lastCheckIn().isBefore(monthAgo))
                .toList();
    }

    /**
     * The half-yearly evaluation of a goal: every change of title, description or key-result target
     * needs a rationale, and the original value is kept and shown next to the new one.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void adjust(AdjustmentForm form) {
        Goal goal = access.own(form.goalId());
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
            history.adjust(goal.id(), null, "title", goal.title(), title, rationale, now);
            changed = true;
        }
        if (!Objects.equals(description, goal.description())) {
            history.adjust(goal.id(), null, "description", goal.description(), description, rationale, now);
            changed = true;
        }
        for (KeyResult result : goal.keyResults()) {
            BigDecimal target = form.targets().get(result.id());
            if (target != null && result.target() != null && target.compareTo(result.target()) != 0) {
                history.adjust(goal.id(), result.id(), "target", result.target().toPlainString(), target.toPlainString(),
                        rationale, now);
                goal.changeTarget(result.id(), target);
                changed = true;
            }
        }
        if (!changed) {
            throw new DomainException("goal.nothingAdjusted");
        }
        goal.adjustTitle(title, description, now);
        flush();
    }

    /**
     * Writes the goal's changes now rather than at commit, so plain SQL later in the same transaction
     * (the history, the management figures) reads the goal as it is.
     */
    private void flush() {
        goals.flush();
    }

    /** Tags my goal with these municipal roles instead of the ones it had (none is fine). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void tag(long goal, Set<MunicipalRole> municipalRoles) {
        roles.tagGoal(access.own(goal).id(), roles(municipalRoles));
    }

    /** My goals and check-ins since the start of {@code from}, per quarter and municipal role. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public GoalRoleTallies myRoleTallies(Quarter from) {
        long me = currentUser.id().value();
        return new GoalRoleTallies(roles.goalTallies(me, from.start()), roles.checkInTallies(me, from.start()));
    }

    private static Set<MunicipalRole> roles(Set<MunicipalRole> roles) {
        return roles == null ? Set.of() : roles.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The programme's competencies a learning goal can be linked to. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<Competency> competencies() {
        return programme.competencies();
    }
}
