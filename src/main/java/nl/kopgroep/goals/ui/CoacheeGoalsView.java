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
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.CoacheeGoals;
import nl.kopgroep.goals.CoacheeGoalService;
import nl.kopgroep.goals.GoalConversationService;
import nl.kopgroep.goals.GoalHistoryService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.security.Role;

/** A coach follows one coachee's goals — work and learning — and comments on them. */
@Route("doelen/coachee/:id([0-9]+)")
@RolesAllowed(Role.Names.COACH)
class CoacheeGoalsView extends Main implements BeforeEnterObserver, HasDynamicTitle, GoalsNavigation.CoacheeGoalsRoute {

    private final CoacheeGoalService goals;
    private final GoalCardServices cardServices;
    private final DateTimeFormats formats;
    private final Map<String, String> commitmentTitles;
    private String name = "";

    CoacheeGoalsView(CoacheeGoalService goals, GoalHistoryService history, GoalConversationService conversation,
                     AgreementService agreements, DateTimeFormats formats) {
        this.formats = formats;
        this.goals = goals;
        this.cardServices = GoalCardServices.coach(history, conversation);
        this.commitmentTitles = GoalTexts.commitmentTitles(agreements);
        addClassNames("page", "goals-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserId participant = GoalsNavigation.coacheeId(event.getRouteParameters()).orElse(null);
        java.util.List<GoalView> theirs;
        try {
            if (participant == null) {
                throw new NotFoundException();
            }
            theirs = goals.goalsOf(participant);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        name = goals.coacheeGoals().stream().filter(c -> c.participant().equals(participant))
                .map(CoacheeGoals::name).findFirst().orElse("");
        removeAll();
        add(new Anchor("", getTranslation("goals.backHome")), new H1(getTranslation("goals.ofCoachee", name)));
        if (theirs.isEmpty()) {
            add(new Paragraph(getTranslation("goals.noneCoachee")));
        }
        var comments = cardServices.conversation().comments(theirs.stream().map(nl.kopgroep.goals.GoalView::id).toList());
        theirs.forEach(goal -> add(new GoalCard(goal, commitmentTitles, cardServices, formats, GoalCard.Reader.COACH,
                () -> { }, comments.get(goal.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goals.ofCoachee", name);
    }
}
