package nl.kopgroep.goals;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.Routes;

/**
 * Links to goals: my goals, a coachee's goals, a work goal read by management.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class GoalsNavigation {

    /** The participant's own goals. */
    public interface GoalsRoute {
    }

    /** One coachee's goals, as their coach reads them. */
    public interface CoacheeGoalsRoute {
    }

    /** One WORK goal, read only, for management. */
    public interface WorkGoalRoute {
    }

    static final String ID = "id";

    public static String goals() {
        return Routes.location(GoalsRoute.class);
    }

    /** The path of {@link #goals} without the route registry, for mail (NavigationTest checks it). */
    public static String goalsPath() {
        return "/doelen";
    }

    public static String coachee(UserId participant) {
        return Routes.location(CoacheeGoalsRoute.class, new RouteParameters(ID, String.valueOf(participant.value())));
    }

    public static String workGoal(long goalId) {
        return Routes.location(WorkGoalRoute.class, new RouteParameters(ID, String.valueOf(goalId)));
    }

    public static Optional<UserId> coacheeId(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0).map(UserId::new);
    }

    public static Optional<Long> workGoalId(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0);
    }

    private GoalsNavigation() {
    }
}
