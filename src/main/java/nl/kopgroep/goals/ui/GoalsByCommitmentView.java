package nl.kopgroep.goals.ui;

import nl.kopgroep.agreement.AgreementNavigation;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.goals.WorkGoalReportingService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.security.Role;

/**
 * For management: every commitment of the agreement in force with the WORK goals that contribute to
 * it and their status — and the commitments nobody works on yet. Learning goals never appear here.
 */
@Route("doelen/per-afspraak")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(order = 45, icon = "vaadin:list", title = "nav.goalsByCommitment")
class GoalsByCommitmentView extends Main implements HasDynamicTitle {

    GoalsByCommitmentView(WorkGoalReportingService goals, AgreementService agreements) {
        addClassNames("page", "goals-by-commitment");
        add(new H1(getTranslation("goals.byCommitment")), new Paragraph(getTranslation("goals.byCommitmentIntro")),
                new com.vaadin.flow.component.html.Anchor(AgreementNavigation.agreement(), getTranslation("goals.toAgreement")));
        Map<String, String> titles = GoalTexts.commitmentTitles(agreements);
        Map<String, List<GoalView>> byCommitment = goals.workGoalsByCommitment();
        long gaps = titles.keySet().stream().filter(code -> !byCommitment.containsKey(code)).count();
        add(new Paragraph(getTranslation("goals.coverage", titles.size() - gaps, titles.size())));
        titles.forEach((code, title) -> {
            Section section = new Section();
            section.addClassNames("home-section", "commitment-goals");
            List<GoalView> linked = byCommitment.getOrDefault(code, List.of());
            section.add(new Paragraph(new Span(code + " " + title)));
            if (linked.isEmpty()) {
                Paragraph gap = new Paragraph(getTranslation("goals.gap"));
                gap.addClassName("goal-gap");
                section.add(gap);
            } else {
                UnorderedList list = new UnorderedList();
                linked.forEach(goal -> list.add(new ListItem(goal.title() + " · "
                        + getTranslation("goalStatus." + goal.status().name()))));
                section.add(list);
            }
            add(section);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goals.byCommitment");
    }
}
