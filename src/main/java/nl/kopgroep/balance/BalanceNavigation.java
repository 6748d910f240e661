package nl.kopgroep.balance;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.Routes;

/**
 * Links to the four-roles balance: my own, a coachee's, management's per cohort.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class BalanceNavigation {

    /** The participant's own balance. */
    public interface MyBalanceRoute {
    }

    /** One coachee's balance, as their coach reads it. */
    public interface CoacheeBalanceRoute {
    }

    /** The balance per cohort, for management. */
    public interface CohortBalanceRoute {
    }

    /** The lesson whose reading guide the balance view summarises (vier-rollen/03). */
    public static final String LESSON = "vier-rollen-casusworkshop";

    static final String ID = "participantId";

    public static String mine() {
        return Routes.location(MyBalanceRoute.class);
    }

    public static String coachee(UserId participant) {
        return Routes.location(CoacheeBalanceRoute.class, new RouteParameters(ID, String.valueOf(participant.value())));
    }

    public static String cohorts() {
        return Routes.location(CohortBalanceRoute.class);
    }

    public static Optional<UserId> coacheeId(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0).map(UserId::new);
    }

    private BalanceNavigation() {
    }
}
