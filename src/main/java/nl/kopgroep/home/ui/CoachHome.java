package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.kopgroep.organisation.Coachee;

/** "Mijn coachees": the participants assigned to me. */
class CoachHome extends Composite<Section> {

    CoachHome(List<Coachee> coachees) {
        Section section = getContent();
        section.addClassNames("home-section", "coach-home");
        section.add(new H2(getTranslation("home.coach.title")));
        if (coachees.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.coach.none")));
            return;
        }
        Grid<Coachee> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("home.coach.title"));
        grid.addColumn(c -> c.person().displayName()).setHeader(getTranslation("home.coach.name")).setAutoWidth(true);
        grid.addColumn(c -> c.person().email()).setHeader(getTranslation("home.coach.email")).setAutoWidth(true);
        grid.addColumn(c -> c.cohort().name()).setHeader(getTranslation("home.coach.cohort")).setAutoWidth(true);
        grid.addColumn(c -> Formats.programmeMonth(c.cohort())).setHeader(getTranslation("home.coach.month"));
        grid.setItems(coachees);
        section.add(new Paragraph(getTranslation("home.coach.count", coachees.size())), grid);
    }
}
