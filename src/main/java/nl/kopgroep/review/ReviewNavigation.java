package nl.kopgroep.review;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import nl.kopgroep.base.ui.Routes;
import nl.kopgroep.journal.ReflectionId;

/**
 * Links to the coach's desk: the queue and one coachee's entry under review.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class ReviewNavigation {

    /** The coach's queue. */
    public interface QueueRoute {
    }

    /** One shared entry as the coach reviews it. */
    public interface EntryRoute {
    }

    static final String ID = "id";

    public static String queue() {
        return Routes.location(QueueRoute.class);
    }

    public static String entry(ReflectionId entry) {
        return Routes.location(EntryRoute.class, new RouteParameters(ID, String.valueOf(entry.value())));
    }

    /**
     * The path of {@link #entry} without the UI's route registry, for links written where no UI runs (mail
     * notices from events and scheduled jobs). NavigationTest checks that it is the registered route's.
     */
    public static String entryPath(ReflectionId entry) {
        return "/coach/notitie/" + entry.value();
    }

    public static Optional<ReflectionId> entryId(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0).map(ReflectionId::new);
    }

    private ReviewNavigation() {
    }
}
