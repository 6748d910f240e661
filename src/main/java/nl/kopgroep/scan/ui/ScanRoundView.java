package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.scan.ScanNavigation;
import nl.kopgroep.scan.ScanService;
import nl.kopgroep.scan.ScanSheet;
import nl.kopgroep.scan.ScoreForm;
import nl.kopgroep.security.Role;

/** One round of the participant's scan: fill in (saved as they go) and submit, or read it. */
@Route("competentiescan/ronde/:round([0-4])")
@RolesAllowed(Role.Names.PARTICIPANT)
class ScanRoundView extends Main implements BeforeEnterObserver, HasDynamicTitle, ScanNavigation.RoundRoute {

    private final ScanService scans;
    private final DateTimeFormats formats;
    private int round;

    ScanRoundView(ScanService scans, DateTimeFormats formats) {
        this.scans = scans;
        this.formats = formats;
        addClassNames("page", "scan-round-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var number = ScanNavigation.roundNumber(event.getRouteParameters());
        if (number.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        round = number.get();
        try {
            show();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        ScanSheet sheet = scans.sheet(round);
        removeAll();
        add(new Anchor(ScanNavigation.scan(), getTranslation("scan.back")), new H1(getTranslation("scan.sheet.title", round)),
                new Paragraph(getTranslation(sheet.round().overdue() ? "scan.sheet.overdue" : "scan.sheet.due",
                        formats.longDate(sheet.round().dueOn()))));
        if (sheet.round().fillable()) {
            add(new Paragraph(getTranslation("scan.sheet.intro.SELF")));
        }
        add(new ScanSheetPanel(sheet, formats, GoalsNavigation.goals(), new ScanSheetPanel.Actions() {
            @Override
            public Instant save(ScoreForm form) {
                return scans.saveScore(round, form);
            }

            @Override
            public void submit() {
                scans.submit(round);
            }
        }, this::show));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.sheet.title", round);
    }
}
