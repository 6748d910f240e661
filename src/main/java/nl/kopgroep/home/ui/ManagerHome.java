package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.kopgroep.organisation.CohortSummary;

/** "Kopgroepen van mijn organisatie": each cohort, its size and where it is in the programme. */
class ManagerHome extends Composite<Section> {

    ManagerHome(List<CohortSummary> cohorts) {
        Section section = getContent();
        section.addClassNames("home-section", "manager-home");
        section.add(new H2(getTranslation("home.manager.title")));
        if (cohorts.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.manager.none")));
            return;
        }
        Grid<CohortSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("home.manager.title"));
        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohort.name")).setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.startDate())).setHeader(getTranslation("cohort.startDate")).setAutoWidth(true);
        grid.addColumn(CohortSummary::participantCount).setHeader(getTranslation("cohort.participants"));
        grid.addColumn(CohortSummary::coachCount).setHeader(getTranslation("cohort.coaches"));
        grid.addColumn(Formats::programmeMonth).setHeader(getTranslation("cohort.progress")).setAutoWidth(true);
        grid.setItems(cohorts);
        section.add(grid);
    }
}
