package nl.kopgroep.programme.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kopgroep.programme.CompetencyProfile;
import nl.kopgroep.programme.ProgrammeNavigation;
import nl.kopgroep.programme.ProgrammeService;

/**
 * The programme's competency framework (issue 14): per competency what it is and four levels of observable behaviour,
 * the yardstick of the half-yearly scan. The same for everyone signed in.
 */
@Route("programma/competenties")
@PermitAll
class CompetencyFrameworkView extends Main implements HasDynamicTitle, ProgrammeNavigation.CompetenciesRoute {

    CompetencyFrameworkView(ProgrammeService programme) {
        addClassNames("page", "competency-framework-page");
        add(new Anchor(ProgrammeNavigation.programme(), getTranslation("programme.backToProgramme")),
                new H1(getTranslation("competencies.title")), new Paragraph(getTranslation("competencies.intro")));
        for (CompetencyProfile competency : programme.competencyFramework()) {
            Section section = new Section();
            section.addClassName("competency");
            section.add(new H2(competency.name()));
            if (!competency.description().isEmpty()) {
                section.add(new Paragraph(competency.description()));
            }
            Div levels = new Div();
            levels.addClassName("competency-levels");
            for (CompetencyProfile.Level level : competency.levels()) {
                Div card = new Div();
                card.addClassName("competency-level");
                UnorderedList indicators = new UnorderedList();
                level.indicators().forEach(indicator -> indicators.add(new ListItem(indicator)));
                card.add(new H3(getTranslation("competencies.level", level.number(), level.name())), indicators);
                levels.add(card);
            }
            section.add(levels);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competencies.title") + " – " + getTranslation("programme.title");
    }
}
