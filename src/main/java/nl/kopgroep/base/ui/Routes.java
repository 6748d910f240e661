package nl.kopgroep.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;

/**
 * Finds a route by what it shows rather than by its path or class name. A feature's views stay
 * package-private in its {@code ui} package; each one another page may link to implements a public
 * marker interface from the feature's {@code *Navigation} class, and the link is built from the
 * registered route that implements it. Renaming a view or changing its path breaks no link.
 */
public final class Routes {

    private Routes() {
    }

    /** The location of the page, e.g. {@code dagboek} for the journal. */
    public static String location(Class<?> page) {
        return location(page, RouteParameters.empty());
    }

    /** The location of the page with its route parameters, e.g. {@code dagboek/42}. */
    public static String location(Class<?> page, RouteParameters parameters) {
        return RouteConfiguration.forApplicationScope().getUrl(target(page), parameters);
    }

    /** The one registered route whose view implements the page's marker interface. */
    public static Class<? extends Component> target(Class<?> page) {
        List<Class<? extends Component>> targets = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .filter(page::isAssignableFrom)
                .distinct()
                .toList();
        if (targets.size() != 1) {
            throw new IllegalStateException("Expected one route showing " + page.getName() + ", found " + targets);
        }
        return targets.getFirst();
    }
}
