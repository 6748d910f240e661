package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.programme.ProgrammeNavigation;
import nl.kopgroep.scan.ScanNavigation;
import nl.kopgroep.scan.ScanRound;
import nl.kopgroep.scan.ScanService;
import nl.kopgroep.scan.Scorer;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/** The participant's competency scan: the rounds of their cohort, their growth, the framework. */
@Route("competentiescan")
@RolesAllowed(Role.Names.PARTICIPANT)
@Menu(order = 27, icon = "vaadin:chart-line", title = "nav.scan")
class ScanView extends Main implements HasDynamicTitle, ScanNavigation.ScanRoute {

    ScanView(ScanService scans, DateTimeFormats formats, CurrentUser currentUser) {
        addClassNames("page", "scan-page");
        add(new H1(getTranslation("scan.title")), new Paragraph(getTranslation("scan.intro")),
                new Paragraph(new Anchor(ProgrammeNavigation.competencies(), getTranslation("scan.frameworkLink"))));
        List<ScanRound> rounds = scans.myRounds();
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("scan.noCohort")));
            return;
        }
        Section section = new Section(new H2(getTranslation("scan.rounds")),
                RoundsTable.of(this, rounds, Scorer.SELF, formats, ScanNavigation::round));
        section.addClassName("home-section");
        add(section);
        // the latest closed round's low competencies, with the learning goals that work on them
        var low = scans.latestLow();
        if (!low.isEmpty()) {
            add(ScanSheetPanel.low(this, low, Scorer.SELF, nl.kopgroep.goals.GoalsNavigation.goals()));
        }
        add(new GrowthPanel(scans.growth(), currentUser.require().displayName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.title");
    }
}
