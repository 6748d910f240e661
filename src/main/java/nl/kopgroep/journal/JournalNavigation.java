package nl.kopgroep.journal;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import nl.kopgroep.base.ui.Routes;

/**
 * Links into the journal: the list, one entry, the editor.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class JournalNavigation {

    /** The participant's journal. */
    public interface JournalRoute {
    }

    /** One entry, as its author or a permitted reader sees it. */
    public interface EntryRoute {
    }

    /** The editor, for a new entry or one being edited. */
    public interface EditorRoute {
    }

    static final String ID = "id";
    /** Query parameters of {@link #newEntryAbout}. */
    public static final String OCCASION = "aanleiding";
    public static final String OCCASION_ID = "nr";

    public static String journal() {
        return Routes.location(JournalRoute.class);
    }

    public static String entry(ReflectionId entry) {
        return Routes.location(EntryRoute.class, parameters(entry));
    }

    /** The path of {@link #entry} without the route registry, for mail (NavigationTest checks it). */
    public static String entryPath(ReflectionId entry) {
        return "/dagboek/" + entry.value();
    }

    public static String newEntry() {
        return Routes.location(EditorRoute.class);
    }

    /** The editor for a new entry about an item of another feature ({@link EntryOccasions}). */
    public static String newEntryAbout(String occasionKind, long id) {
        return newEntry() + "?" + OCCASION + "=" + occasionKind + "&" + OCCASION_ID + "=" + id;
    }

    public static String editor(ReflectionId entry) {
        return Routes.location(EditorRoute.class, parameters(entry));
    }

    /** The entry a journal route points at; empty when it names none (a new entry) or a nonsense id. */
    public static Optional<ReflectionId> entryId(RouteParameters parameters) {
        return parameters.getLong(ID).filter(value -> value > 0).map(ReflectionId::new);
    }

    private static RouteParameters parameters(ReflectionId entry) {
        return new RouteParameters(ID, String.valueOf(entry.value()));
    }

    private JournalNavigation() {
    }
}
