package nl.kopgroep.goals;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in history of a goal, for everyone who may see the goal: its owner, the owner's coaches,
 * and the managers of the organisation when it is a WORK goal.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GoalHistoryService {

    private final GoalHistoryStore store;
    private final GoalAccess access;
    private final GoalRoleStore roles;

    GoalHistoryService(GoalHistoryStore store, GoalAccess access, GoalRoleStore roles) {
        this.store = store;
        this.roles = roles;
        this.access = access;
    }

    /**
     * The check-ins of a goal, newest first: for its owner and their coaches, and for the managers
     * of the organisation when it is a WORK goal (a LEARNING goal looks like a missing one to them).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CheckInRecord> history(long goal) {
        long id = access.readable(goal).id();
        return store.history(id, roles.checkInRoles(id));
    }
}
