package nl.kopgroep.home.ui;

import nl.kopgroep.balance.BalanceNavigation;
import nl.kopgroep.goals.GoalsNavigation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.kopgroep.goals.CoacheeGoals;
import nl.kopgroep.base.ui.PhoneColumns;

/** For the coach: each coachee's goals, overdue check-ins and goals not on track. */
class CoacheeGoalsHome extends Composite<Section> {

    CoacheeGoalsHome(List<CoacheeGoals> coachees) {
        Section section = getContent();
        section.addClassNames("home-section", "coachee-goals");
        section.setVisible(!coachees.isEmpty());
        Grid<CoacheeGoals> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("home.coach.goalsTitle"));
        grid.addColumn(CoacheeGoals::name).setHeader(getTranslation("home.coach.name")).setAutoWidth(true);
        grid.addColumn(CoacheeGoals::goals).setHeader(getTranslation("home.coach.goals"));
        grid.addColumn(CoacheeGoals::checkInsOverdue).setHeader(getTranslation("home.coach.checkInsOverdue"));
        var notOnTrack = grid.addColumn(CoacheeGoals::notOnTrack).setHeader(getTranslation("home.coach.notOnTrack"));
        var details = grid.addComponentColumn(c -> new com.vaadin.flow.component.html.Anchor(GoalsNavigation.coachee(c.participant()),
                getTranslation("home.coach.viewGoals", c.name()))).setHeader(getTranslation("home.coach.details"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> new com.vaadin.flow.component.html.Anchor(BalanceNavigation.coachee(c.participant()),
                getTranslation("balance.viewBalance", c.name()))).setHeader(getTranslation("balance.coachLink"))
                .setAutoWidth(true);
        grid.setItems(coachees);
        PhoneColumns.essentialOnPhone(grid, details, notOnTrack);
        section.add(new H2(getTranslation("home.coach.goalsTitle")), grid);
    }
}
