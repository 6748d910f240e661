package nl.kopgroep.programme;

import com.vaadin.flow.router.RouteParameters;
import nl.kopgroep.base.ui.Routes;

/**
 * Links into the programme: the overview, a module, a lesson, the competency framework.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class ProgrammeNavigation {

    /** The programme overview. */
    public interface ProgrammeRoute {
    }

    /** One module and its lessons. */
    public interface ModuleRoute {
    }

    /** One lesson. */
    public interface LessonRoute {
    }

    /** The competency framework with its levels. */
    public interface CompetenciesRoute {
    }

    static final String MODULE = "moduleKey";
    static final String LESSON = "lessonKey";

    public static String programme() {
        return Routes.location(ProgrammeRoute.class);
    }

    public static String competencies() {
        return Routes.location(CompetenciesRoute.class);
    }

    public static String module(String moduleKey) {
        return Routes.location(ModuleRoute.class, new RouteParameters(MODULE, moduleKey));
    }

    /** The path of {@link #module} without the route registry, for mail (NavigationTest checks it). */
    public static String modulePath(String moduleKey) {
        return "/programma/module/" + java.net.URLEncoder.encode(moduleKey, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String lesson(String lessonKey) {
        return Routes.location(LessonRoute.class, new RouteParameters(LESSON, lessonKey));
    }

    public static String moduleKey(RouteParameters parameters) {
        return parameters.get(MODULE).orElse("");
    }

    public static String lessonKey(RouteParameters parameters) {
        return parameters.get(LESSON).orElse("");
    }

    private ProgrammeNavigation() {
    }
}
