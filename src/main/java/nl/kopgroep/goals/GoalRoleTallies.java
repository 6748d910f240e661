package nl.kopgroep.goals;

import java.util.List;
import nl.kopgroep.base.RoleTally;

/** One participant's goals and check-ins per quarter and municipal role, for the four-roles balance. */
public record GoalRoleTallies(List<RoleTally> goals, List<RoleTally> checkIns) {
}
