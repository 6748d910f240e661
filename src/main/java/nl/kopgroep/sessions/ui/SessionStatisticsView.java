package nl.kopgroep.sessions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import nl.kopgroep.sessions.CohortAttendance;
import nl.kopgroep.sessions.JointAttendance;
import nl.kopgroep.sessions.SessionStatisticsService;
import nl.kopgroep.sessions.SessionsNavigation;

/**
 * Attendance for management: per cohort of the own municipality, with the five-person rule; for the administrators
 * of a regiegemeente also the joint programme's sessions per taking-part municipality.
 */
@Route(SessionsNavigation.MANAGEMENT_PATH)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
class SessionStatisticsView extends Main implements HasDynamicTitle {

    SessionStatisticsView(SessionStatisticsService statistics, CurrentUser currentUser) {
        addClassNames("page", "sessions-statistics-page");
        add(new Anchor("management", getTranslation("sessions.stats.back")), new H1(getTranslation("sessions.stats.title")),
                new Paragraph(getTranslation("sessions.stats.intro")));
        Section own = new Section(new H2(getTranslation("sessions.stats.perCohort")));
        own.addClassName("home-section");
        List<CohortAttendance> cohorts = statistics.attendancePerCohort();
        own.add(cohorts.isEmpty() ? new Paragraph(getTranslation("sessions.stats.none"))
                : table(getTranslation("sessions.stats.perCohort"), cohorts, "sessions.stats.cohort"));
        add(own);
        if (currentUser.hasRole(Role.ADMIN)) {
            for (JointAttendance joint : statistics.jointAttendance()) {
                Section section = new Section(new H2(getTranslation("sessions.stats.joint", joint.programme())),
                        new Paragraph(getTranslation("sessions.stats.jointIntro", joint.sessionsHeld())));
                section.addClassName("home-section");
                section.add(table(getTranslation("sessions.stats.joint", joint.programme()), joint.municipalities(),
                        "sessions.stats.municipality"));
                add(section);
            }
        }
    }

    private Grid<CohortAttendance> table(String label, List<CohortAttendance> rows, String nameKey) {
        Grid<CohortAttendance> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        grid.addColumn(CohortAttendance::name).setHeader(getTranslation(nameKey)).setFlexGrow(2);
        grid.addColumn(c -> c.shown() ? String.valueOf(c.participants()) : getTranslation("sessions.stats.tooFew"))
                .setHeader(getTranslation("sessions.stats.participants")).setAutoWidth(true);
        grid.addColumn(c -> c.shown() ? String.valueOf(c.reached()) : "–")
                .setHeader(getTranslation("sessions.stats.reached")).setAutoWidth(true);
        grid.addColumn(c -> c.shown() ? String.valueOf(c.attendances()) : "–")
                .setHeader(getTranslation("sessions.stats.attendances")).setAutoWidth(true);
        grid.addColumn(c -> String.valueOf(c.sessionsHeld())).setHeader(getTranslation("sessions.stats.held"))
                .setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.stats.title");
    }
}
