package nl.kopgroep.goals.ui;

import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.goals.GoalConversationService;
import nl.kopgroep.goals.GoalHistoryService;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.security.Role;

/** My goals: linked commitments or competencies, key results, the latest check-in, and updating them. */
@Route("doelen")
@RolesAllowed(Role.Names.PARTICIPANT)
@Menu(order = 25, icon = "vaadin:bullseye", title = "nav.goals")
class GoalsView extends Main implements HasDynamicTitle, GoalsNavigation.GoalsRoute {

    private final GoalService goals;
    private final GoalCardServices cardServices;
    private final DateTimeFormats formats;
    private final Map<String, String> commitmentTitles;
    private final Div list = new Div();

    GoalsView(GoalService goals, GoalHistoryService history, GoalConversationService conversation,
              AgreementService agreements, DateTimeFormats formats) {
        this.formats = formats;
        this.goals = goals;
        this.cardServices = GoalCardServices.owner(goals, history, conversation);
        this.commitmentTitles = GoalTexts.commitmentTitles(agreements);
        addClassNames("page", "goals-page");
        Button create = new Button(getTranslation("goals.new"),
                click -> new GoalDialog(goals, commitmentTitles, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("goals.title")), new Paragraph(getTranslation("goals.intro")), create, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var mine = goals.myGoals();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("goals.none")));
        }
        var comments = cardServices.conversation().comments(mine.stream().map(nl.kopgroep.goals.GoalView::id).toList());
        mine.forEach(goal -> list.add(new GoalCard(goal, commitmentTitles, cardServices, formats,
                GoalCard.Reader.OWNER, this::refresh, comments.get(goal.id()))));
    }

    static String number(BigDecimal value) {
        return nl.kopgroep.base.Decimals.show(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goals.title");
    }
}
