package nl.kopgroep.goals;

import java.util.List;
import java.util.Map;
import nl.kopgroep.base.UserId;

import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.stereotype.Component;

/** Who may do what with a goal; a refused goal looks exactly like a missing one. */
@Component
class GoalAccess {

    private final GoalRepository goals;
    private final CohortService cohorts;
    private final CurrentUser currentUser;

    GoalAccess(GoalRepository goals, CohortService cohorts, CurrentUser currentUser) {
        this.goals = goals;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    /** The signed-in participant's own goal. */
    Goal own(long id) {
        return goals.findById(id).filter(g -> g.ownedBy(currentUser.id())).orElseThrow(NotFoundException::new);
    }

    /** A goal the signed-in person may see: own, a coachee's, or a WORK goal of the manager's organisation. */
    Goal readable(long id) {
        return goals.findById(id).filter(g -> g.ownedBy(currentUser.id())
                        || (currentUser.hasRole(Role.COACH) && cohorts.coachesParticipant(g.ownerId()))
                        || ((currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN))
                        && g.kind() == GoalKind.WORK && g.organisationId() == currentUser.organisationId().value()))
                .orElseThrow(NotFoundException::new);
    }

    /** Goals whose comments the signed-in person takes part in (own, or coachees'), all or none: else not found. */
    List<Goal> conversable(java.util.Collection<Long> ids) {
        java.util.Set<Long> wanted = java.util.Set.copyOf(ids);
        List<Goal> found = goals.findAllById(wanted);
        Map<UserId, Boolean> coached = new java.util.HashMap<>();
        if (found.size() != wanted.size()
                || !found.stream().allMatch(g -> conversable(g, owner -> coached.computeIfAbsent(owner, cohorts::coachesParticipant)))) {
            throw new NotFoundException();
        }
        return found;
    }

    /** A goal whose comments the signed-in person takes part in: own, or a coachee's. */
    Goal conversable(long id) {
        return goals.findById(id).filter(g -> conversable(g, cohorts::coachesParticipant)).orElseThrow(NotFoundException::new);
    }

    private boolean conversable(Goal goal, java.util.function.Predicate<UserId> coaches) {
        return goal.ownedBy(currentUser.id()) || (currentUser.hasRole(Role.COACH) && coaches.test(goal.ownerId()));
    }
}
