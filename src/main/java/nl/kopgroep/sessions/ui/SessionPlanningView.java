package nl.kopgroep.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.security.Role;
import nl.kopgroep.sessions.SessionId;
import nl.kopgroep.sessions.SessionPlanningService;
import nl.kopgroep.sessions.SessionSummary;
import nl.kopgroep.sessions.SessionsNavigation;

/** The administrator's sessions: what their municipality planned, and a form to plan a new one. */
@Route(SessionsNavigation.ADMIN_PATH)
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 91, icon = "vaadin:calendar", title = "nav.sessionsAdmin")
class SessionPlanningView extends Main implements HasDynamicTitle {

    SessionPlanningView(SessionPlanningService planning, DateTimeFormats formats) {
        addClassNames("page", "sessions-admin-page");
        add(new H1(getTranslation("sessions.admin.title")), new Paragraph(getTranslation("sessions.admin.intro")),
                new Paragraph(new com.vaadin.flow.component.html.Anchor(SessionsNavigation.MANAGEMENT_PATH,
                        getTranslation("sessions.stats.link"))));
        List<SessionSummary> planned = planning.planned();
        Section list = new Section(new H2(getTranslation("sessions.admin.planned")));
        list.addClassName("home-section");
        list.add(planned.isEmpty() ? new Paragraph(getTranslation("sessions.admin.none"))
                : SessionTexts.table(this, getTranslation("sessions.admin.planned"), planned, formats,
                s -> SessionsNavigation.adminSession(s.id().value()), false));

        SessionFormPanel form = new SessionFormPanel(formats.zone(), planning.audiences(), planning.facilitatorCandidates(),
                planning.moduleOptions(), planning.competencyOptions());
        FormError error = new FormError();
        SessionId[] made = new SessionId[1];
        Button plan = SaveButton.saveOnce(new Button(getTranslation("sessions.admin.plan")),
                () -> error.attempt(() -> made[0] = planning.plan(form.read())),
                () -> getUI().ifPresent(ui -> ui.navigate(SessionsNavigation.adminSession(made[0].value()))));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section create = new Section(new H2(getTranslation("sessions.admin.new")), form, error, plan);
        create.addClassName("home-section");
        add(create, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.admin.title");
    }
}
