package nl.kopgroep.knowledge;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import nl.kopgroep.base.ui.Routes;

/** Links to the kennisbank's pages; the views stay package-private in {@code ui} and implement these markers. */
public final class KnowledgeNavigation {

    /** Search, filters and results. */
    public interface SearchRoute {
    }

    /** One practice. */
    public interface PracticeRoute {
    }

    /** The editor, for a new practice or one of mine. */
    public interface EditorRoute {
    }

    /** My practices, drafts and peer-assist requests. */
    public interface MineRoute {
    }

    public static final String ID = "id";

    public static String search() {
        return Routes.location(SearchRoute.class);
    }

    public static String practice(long id) {
        return Routes.location(PracticeRoute.class, new RouteParameters(ID, String.valueOf(id)));
    }

    public static String write() {
        return Routes.location(EditorRoute.class);
    }

    public static String edit(long id) {
        return Routes.location(EditorRoute.class, new RouteParameters(ID, String.valueOf(id)));
    }

    public static String mine() {
        return Routes.location(MineRoute.class);
    }

    /** The path of {@link #mine} without the route registry, for mail. */
    public static String minePath() {
        return "/kennisbank/mijn";
    }

    public static Optional<Long> id(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0);
    }

    private KnowledgeNavigation() {
    }
}
