package nl.kopgroep.home.ui;

import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.kopgroep.programme.CohortProgress;
import nl.kopgroep.base.ui.PhoneColumns;

/** "Kopgroepen van mijn organisatie": each cohort, where it is, and its programme progress as a whole. */
class ManagerHome extends Composite<Section> {

    ManagerHome(List<CohortProgress> cohorts, DateTimeFormats formats) {
        Section section = getContent();
        section.addClassNames("home-section", "manager-home");
        section.add(new H2(getTranslation("home.manager.title")));
        if (cohorts.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.manager.none")));
            return;
        }
        Grid<CohortProgress> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("home.manager.title"));
        var name = grid.addColumn(c -> c.cohort().name()).setHeader(getTranslation("cohort.name")).setAutoWidth(true);
        grid.addColumn(c -> formats.longDate(c.cohort().startDate())).setHeader(getTranslation("cohort.startDate")).setAutoWidth(true);
        grid.addColumn(c -> c.shown() ? String.valueOf(c.participants()) : getTranslation("aggregate.fewerThanFive"))
                .setHeader(getTranslation("cohort.participants"));
        var progress = grid.addColumn(c -> ProgrammeMonth.of(c.cohort(), formats)).setHeader(getTranslation("cohort.progress")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("home.manager.modulesOpened", c.modulesOpened(), c.moduleCount()))
                .setHeader(getTranslation("home.manager.modules")).setAutoWidth(true);
        grid.addColumn(c -> c.shown() ? getTranslation("home.manager.averageDone", c.averagePercentDone())
                : getTranslation("aggregate.noFigure")).setHeader(getTranslation("home.manager.lessonsDone")).setAutoWidth(true);
        grid.setItems(cohorts);
        PhoneColumns.essentialOnPhone(grid, name, progress);
        section.add(grid, new Paragraph(getTranslation("home.manager.aggregateNote")));
        if (cohorts.stream().anyMatch(c -> !c.shown())) {
            section.add(new Paragraph(getTranslation("aggregate.smallCohortNote")));
        }
    }
}
