package nl.kopgroep.goals.ui;

import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.goals.GoalHistoryService;
import nl.kopgroep.goals.WorkGoalReportingService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.security.Role;

/**
 * Management's drill-down from the dashboard to one WORK goal and its check-ins; a learning goal or
 * another municipality's goal looks absent.
 */
@Route("management/doel/:id([0-9]+)")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
class WorkGoalView extends Main implements BeforeEnterObserver, HasDynamicTitle, GoalsNavigation.WorkGoalRoute {

    private final WorkGoalReportingService goals;
    private final GoalHistoryService history;
    private final DateTimeFormats formats;
    private final AgreementService agreements;
    private String title = "";

    WorkGoalView(WorkGoalReportingService goals, GoalHistoryService history, AgreementService agreements,
                 DateTimeFormats formats) {
        this.formats = formats;
        this.goals = goals;
        this.history = history;
        this.agreements = agreements;
        addClassNames("page", "management-goal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GoalView goal;
        try {
            goal = goals.workGoal(GoalsNavigation.workGoalId(event.getRouteParameters()).orElse(0L));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = goal.title();
        removeAll();
        add(new Anchor("management", getTranslation("management.back")), new H1(getTranslation("management.goalTitle")),
                new Paragraph(getTranslation("management.goalOwner", goal.ownerName())),
                new GoalCard(goal, GoalTexts.commitmentTitles(agreements), GoalCardServices.management(history), formats,
                        GoalCard.Reader.MANAGEMENT, () -> { }));
        // Opened from far down the dashboard: start at the top, where the heading says which goal this is.
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("management.goalTitle") + ": " + title;
    }
}
