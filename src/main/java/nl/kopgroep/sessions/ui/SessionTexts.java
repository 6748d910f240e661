package nl.kopgroep.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.function.Function;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.sessions.SessionSummary;

/** The sessions' shared bits of text and the one table of sessions the pages show. */
final class SessionTexts {

    private SessionTexts() {
    }

    static String when(DateTimeFormats formats, SessionSummary session) {
        return formats.dateTime(session.startsAt()) + "–" + formats.time(session.endsAt());
    }

    static String where(Component page, SessionSummary session) {
        if (session.place() != null && !session.place().isBlank()) {
            return session.place();
        }
        return page.getTranslation("sessions.online");
    }

    static String seats(Component page, SessionSummary session) {
        if (session.cancelled()) {
            return page.getTranslation("sessions.status.cancelled");
        }
        return session.full()
                ? page.getTranslation("sessions.seatsFull", session.capacity(), session.waiting())
                : page.getTranslation("sessions.seatsLeft", session.seatsLeft(), session.capacity());
    }

    static String mine(Component page, SessionSummary session) {
        if (session.myStatus() == null) {
            return "";
        }
        if (session.myPosition() != null) {
            return page.getTranslation("sessions.waitingPosition", session.myPosition());
        }
        return page.getTranslation(session.myStatus().labelKey());
    }

    /** A table of sessions with links to each one's page. */
    static Grid<SessionSummary> table(Component page, String label, List<SessionSummary> sessions, DateTimeFormats formats,
                                      Function<SessionSummary, String> link, boolean withMine) {
        Grid<SessionSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        grid.addComponentColumn(s -> new Anchor(link.apply(s), s.title())).setHeader(page.getTranslation("sessions.title"))
                .setFlexGrow(3);
        grid.addColumn(s -> page.getTranslation(s.kind().labelKey())).setHeader(page.getTranslation("sessions.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> when(formats, s)).setHeader(page.getTranslation("sessions.when")).setAutoWidth(true);
        grid.addColumn(s -> where(page, s)).setHeader(page.getTranslation("sessions.where")).setFlexGrow(2);
        grid.addColumn(s -> seats(page, s)).setHeader(page.getTranslation("sessions.seats")).setAutoWidth(true);
        if (withMine) {
            grid.addColumn(s -> mine(page, s)).setHeader(page.getTranslation("sessions.myStatus")).setAutoWidth(true);
        }
        grid.setItems(sessions);
        return grid;
    }
}
