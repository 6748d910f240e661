package nl.kopgroep.scan;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.Routes;

/** Links to the competency scan's pages; the views stay package-private in {@code ui} and implement these markers. */
public final class ScanNavigation {

    /** The participant's rounds and growth. */
    public interface ScanRoute {
    }

    /** One round for the participant to fill in or read. */
    public interface RoundRoute {
    }

    /** A coachee's rounds and growth, for their coach. */
    public interface CoacheeScanRoute {
    }

    /** One round of a coachee, for their coach. */
    public interface CoacheeRoundRoute {
    }

    /** Management's aggregate. */
    public interface StatisticsRoute {
    }

    static final String ID = "id";
    static final String ROUND = "round";

    public static String scan() {
        return Routes.location(ScanRoute.class);
    }

    public static String round(int round) {
        return Routes.location(RoundRoute.class, new RouteParameters(ROUND, String.valueOf(round)));
    }

    /** The path of {@link #round} without the route registry, for mail. */
    public static String roundPath(int round) {
        return "/competentiescan/ronde/" + round;
    }

    public static String coachee(UserId participant) {
        return Routes.location(CoacheeScanRoute.class, new RouteParameters(ID, String.valueOf(participant.value())));
    }

    public static String coacheeRound(UserId participant, int round) {
        return Routes.location(CoacheeRoundRoute.class, new RouteParameters(java.util.Map.of(
                ID, String.valueOf(participant.value()), ROUND, String.valueOf(round))));
    }

    public static String statistics() {
        return Routes.location(StatisticsRoute.class);
    }

    public static Optional<UserId> participantId(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0).map(UserId::new);
    }

    public static Optional<Integer> roundNumber(RouteParameters parameters) {
        return parameters.getInteger(ROUND).filter(ScanSchedule::exists);
    }

    private ScanNavigation() {
    }
}
