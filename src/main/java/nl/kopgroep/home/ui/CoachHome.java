package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.kopgroep.programme.CoacheeProgress;
import nl.kopgroep.base.ui.PhoneColumns;

/** "Mijn coachees": the participants assigned to me and how far each is in the programme. */
class CoachHome extends Composite<Section> {

    CoachHome(List<CoacheeProgress> coachees, java.util.Map<nl.kopgroep.base.UserId, Integer> attended) {
        Section section = getContent();
        section.addClassNames("home-section", "coach-home");
        section.add(new H2(getTranslation("home.coach.title")));
        if (coachees.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.coach.none")));
            return;
        }
        Grid<CoacheeProgress> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("home.coach.title"));
        var name = grid.addColumn(c -> c.person().displayName()).setHeader(getTranslation("home.coach.name")).setAutoWidth(true);
        grid.addColumn(CoacheeProgress::cohortName).setHeader(getTranslation("home.coach.cohort")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("programme.lessonsDone", c.lessonsDone(), c.lessonCount()))
                .setHeader(getTranslation("home.coach.progress")).setAutoWidth(true);
        var schedule = grid.addColumn(c -> c.overdueModules() == 0 ? getTranslation("home.coach.onSchedule")
                        : getTranslation("home.coach.behind", c.overdueModules()))
                .setHeader(getTranslation("home.coach.schedule")).setAutoWidth(true);
        grid.addColumn(c -> attended.getOrDefault(c.person().id(), 0)).setHeader(getTranslation("home.coach.sessionsAttended"))
                .setAutoWidth(true);
        grid.setItems(coachees);
        PhoneColumns.essentialOnPhone(grid, name, schedule);
        section.add(new Paragraph(getTranslation("home.coach.count", coachees.size())), grid);
    }
}
