package nl.kopgroep.connections;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.Routes;

/** Links to maps: my own, a coachee's (for their coach), a fellow member's shared with the group. */
public final class ConnectionsNavigation {

    /** The participant's own map. */
    public interface MapRoute {
    }

    /** A coachee's shared map, as their coach reads it. */
    public interface CoacheeMapRoute {
    }

    /** A fellow member's map shared with the cohort. */
    public interface GroupMapRoute {
    }

    static final String ID = "id";

    public static String map() {
        return Routes.location(MapRoute.class);
    }

    public static String coachee(UserId participant) {
        return Routes.location(CoacheeMapRoute.class, new RouteParameters(ID, String.valueOf(participant.value())));
    }

    public static String group(UserId participant) {
        return Routes.location(GroupMapRoute.class, new RouteParameters(ID, String.valueOf(participant.value())));
    }

    /** The participant's own map, as a path for mail (the same as {@link #map()}, without the UI). */
    public static String mapPath() {
        return "/verbindingskaart";
    }

    /** A coachee's map as the coach reads it, as a path for mail. */
    public static String coacheePath(UserId participant) {
        return "/coach/verbindingskaart/" + participant.value();
    }

    public static Optional<UserId> participantId(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0).map(UserId::new);
    }

    private ConnectionsNavigation() {
    }
}
