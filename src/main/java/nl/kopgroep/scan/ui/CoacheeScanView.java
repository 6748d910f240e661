package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.programme.ProgrammeNavigation;
import nl.kopgroep.scan.CoacheeScanService;
import nl.kopgroep.scan.ScanNavigation;
import nl.kopgroep.scan.Scorer;
import nl.kopgroep.security.Role;

/** A coachee's scan for their coach: the rounds, the coach's side to fill in, the growth. */
@Route("coach/competentiescan/:id([0-9]+)")
@RolesAllowed(Role.Names.COACH)
class CoacheeScanView extends Main implements BeforeEnterObserver, HasDynamicTitle, ScanNavigation.CoacheeScanRoute {

    private final CoacheeScanService scans;
    private final DateTimeFormats formats;
    private String name = "";

    CoacheeScanView(CoacheeScanService scans, DateTimeFormats formats) {
        this.scans = scans;
        this.formats = formats;
        addClassNames("page", "scan-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserId participant = ScanNavigation.participantId(event.getRouteParameters()).orElse(null);
        try {
            if (participant == null) {
                throw new NotFoundException();
            }
            name = scans.coacheeName(participant);
            removeAll();
            add(new Anchor("", getTranslation("scan.coachee.back")), new H1(getTranslation("scan.coachee.title", name)),
                    new Paragraph(getTranslation("scan.coachee.intro")),
                    new Paragraph(new Anchor(ProgrammeNavigation.competencies(), getTranslation("scan.frameworkLink"))));
            Section section = new Section(new H2(getTranslation("scan.rounds")), RoundsTable.of(this,
                    scans.rounds(participant), Scorer.COACH, formats, round -> ScanNavigation.coacheeRound(participant, round)));
            section.addClassName("home-section");
            add(section, new GrowthPanel(scans.growth(participant), name));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.coachee.title", name);
    }
}
