package nl.kopgroep.goals;

import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.stereotype.Component;

/** Who may do what with a goal; a refused goal looks exactly like a missing one. */
@Component
class GoalAccess {

    private final GoalStore store;
    private final CohortService cohorts;
    private final CurrentUser currentUser;

    GoalAccess(GoalStore store, CohortService cohorts, CurrentUser currentUser) {
        this.store = store;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    /** The signed-in participant's own goal. */
    GoalStore.GoalRow own(long id) {
        return store.goal(id).filter(g -> g.ownerId() == currentUser.id().value()).orElseThrow(NotFoundException::new);
    }

    /** A goal the signed-in person may see: own, a coachee's, or a WORK goal of the manager's organisation. */
    GoalStore.GoalRow readable(long id) {
        return store.goal(id).filter(g -> g.ownerId() == currentUser.id().value()
                        || (currentUser.hasRole(Role.COACH) && cohorts.coachesParticipant(new UserId(g.ownerId())))
                        || ((currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN))
                        && g.kind() == GoalKind.WORK && g.organisationId() == currentUser.organisationId().value()))
                .orElseThrow(NotFoundException::new);
    }

    /** A goal whose comments the signed-in person takes part in: own, or a coachee's. */
    GoalStore.GoalRow conversable(long id) {
        return store.goal(id).filter(g -> g.ownerId() == currentUser.id().value()
                        || (currentUser.hasRole(Role.COACH) && cohorts.coachesParticipant(new UserId(g.ownerId()))))
                .orElseThrow(NotFoundException::new);
    }
}
