package nl.kopgroep.goals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.security.Role;

/** My goals: linked commitments or competencies, key results, the latest check-in, and updating them. */
@Route("doelen")
@RolesAllowed(Role.Names.PARTICIPANT)
@Menu(order = 25, icon = "vaadin:bullseye", title = "nav.goals")
class GoalsView extends Main implements HasDynamicTitle {

    private final GoalService goals;
    private final Map<String, String> commitmentTitles;
    private final Div list = new Div();

    GoalsView(GoalService goals, AgreementService agreements) {
        this.goals = goals;
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
        mine.forEach(goal -> list.add(card(goal)));
    }

    private Section card(GoalView goal) {
        Section card = new Section();
        card.addClassNames("home-section", "goal-card");
        Span status = new Span(getTranslation("goalStatus." + goal.status().name()));
        status.addClassNames("status-badge", "goal-status-" + goal.status().name().toLowerCase(java.util.Locale.ROOT));
        card.add(new H2(goal.title()), new Paragraph(new Span(getTranslation("goalKind." + goal.kind().name()) + " · "), status));
        if (goal.description() != null) {
            card.add(new Paragraph(goal.description()));
        }
        if (goal.kind() == GoalKind.WORK) {
            UnorderedList commitments = new UnorderedList();
            goal.commitments().forEach(code -> commitments.add(new ListItem(code + " "
                    + commitmentTitles.getOrDefault(code, getTranslation("goals.commitmentGone")))));
            card.add(new Paragraph(getTranslation("goals.commitments")), commitments);
            if (!goal.relinkNeeded().isEmpty()) {
                Paragraph relink = new Paragraph(getTranslation("goals.relink", String.join(", ", goal.relinkNeeded())));
                relink.addClassName("form-error");
                card.add(relink);
            }
        } else {
            card.add(new Paragraph(getTranslation("goals.competencies", String.join(", ", goal.competencies()))));
        }
        UnorderedList results = new UnorderedList();
        for (GoalView.KeyResult result : goal.keyResults()) {
            String progress = result.target() == null
                    ? getTranslation(Boolean.TRUE.equals(result.done()) ? "goals.krDone" : "goals.krNotDone")
                    : getTranslation("goals.krProgress", number(result.baseline()), number(result.current()),
                    number(result.target()), result.unit() == null ? "" : result.unit());
            results.add(new ListItem(result.title() + ": " + progress));
        }
        card.add(new Paragraph(getTranslation("goals.keyResults")), results);
        if (goal.lastCheckIn() != null) {
            card.add(new Paragraph(getTranslation("goals.lastCheckIn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam")).format(goal.lastCheckIn()))));
        }
        Button checkIn = new Button(getTranslation("goals.checkIn"),
                click -> new CheckInDialog(goals, goal, this::refresh).open());
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keyResult = new Button(getTranslation("goals.addKeyResult"),
                click -> new KeyResultDialog(goals, goal.id(), this::refresh).open());
        Button adjust = new Button(getTranslation("goals.adjust"),
                click -> new AdjustDialog(goals, goal, this::refresh).open());
        if (!goal.adjustments().isEmpty()) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                    .withZone(ZoneId.of("Europe/Amsterdam"));
            UnorderedList history = new UnorderedList();
            history.addClassName("goal-adjustments");
            goal.adjustments().forEach(a -> history.add(new ListItem(getTranslation("goals.adjusted",
                    dates.format(a.adjustedAt()), getTranslation("goals.field." + a.field())
                            + (a.keyResultTitle() == null ? "" : " (" + a.keyResultTitle() + ")"),
                    a.originalValue() == null ? "–" : a.originalValue(), a.newValue() == null ? "–" : a.newValue(),
                    a.rationale()))));
            card.add(new Paragraph(getTranslation("goals.adjustments")), history);
        }
        HorizontalLayout actions = new HorizontalLayout(checkIn, keyResult, adjust);
        actions.setWrap(true);
        card.add(actions);
        return card;
    }

    static String number(BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goals.title");
    }
}
