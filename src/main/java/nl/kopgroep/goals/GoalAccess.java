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
        List<Goal> found = goals.findAllById(java.util.Set.copyOf(ids));
        Map<UserId, Boolean> coached = new java.util.HashMap<>();
        boolean coach = currentUser.hasRole(Role.COACH);
        if (found.size() != java.util.Set.copyOf(ids).size() || !found.stream().allMatch(g -> g.ownedBy(currentUser.id())
                || (coach && coached.computeIfAbsent(g.ownerId(), cohorts::coachesParticipant)))) {
            throw new NotFoundException();
        }
        return found;
    }

    /** A goal whose comments the signed-in person takes part in: own, or a coachee's. */
    Goal conversable(long id) {
        return goals.findById(id).filter(g -> g.ownedBy(currentUser.id())
                        || (currentUser.hasRole(Role.COACH) && cohorts.coachesParticipant(g.ownerId())))
                .orElseThrow(NotFoundException::new);
    }
}
