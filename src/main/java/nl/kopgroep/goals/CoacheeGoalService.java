package nl.kopgroep.goals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coach follows the goals of their coachees: all goals (work and learning) and overdue check-ins. */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional(readOnly = true)
public class CoacheeGoalService {

    private final GoalRepository goals;
    private final GoalHistoryStore history;
    private final GoalViews goalViews;
    private final CohortService cohorts;
    private final Clock clock;
    private final GoalRoleStore roles;

    CoacheeGoalService(GoalRepository goals, GoalHistoryStore history, GoalViews goalViews, CohortService cohorts,
                       Clock clock, GoalRoleStore roles) {
        this.goals = goals;
        this.roles = roles;
        this.history = history;
        this.goalViews = goalViews;
        this.cohorts = cohorts;
        this.clock = clock;
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
        return goalViews.of(goals.findByOwnerIdOrderByCreatedAtAscIdAsc(participant.value()), name);
    }

    /** One of my coachees' goals and check-ins since the start of {@code from}, per quarter and municipal role. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public GoalRoleTallies roleTalliesOf(UserId participant, Quarter from) {
        if (!cohorts.coachesParticipant(participant)) {
            throw new NotFoundException();
        }
        return new GoalRoleTallies(roles.goalTallies(participant.value(), from.start()),
                roles.checkInTallies(participant.value(), from.start()));
    }

    /** For each of my coachees: how many goals they have and how many check-ins are overdue. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<CoacheeGoals> coacheeGoals() {
        var coachees = cohorts.myCoachees();
        Map<Long, int[]> counts = history.goalCountsByOwner(coachees.stream().map(c -> c.person().id().value()).toList(),
                clock.instant().minus(Duration.ofDays(GoalService.CHECK_IN_DAYS)));
        return coachees.stream().map(coachee -> {
            int[] count = counts.getOrDefault(coachee.person().id().value(), new int[3]);
            return new CoacheeGoals(coachee.person().id(), coachee.person().displayName(), count[0], count[1], count[2]);
        }).toList();
    }
}
