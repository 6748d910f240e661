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
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.scan.CoacheeScanService;
import nl.kopgroep.scan.ScanNavigation;
import nl.kopgroep.scan.ScanSheet;
import nl.kopgroep.scan.ScoreForm;
import nl.kopgroep.security.Role;

/** One round of a coachee's scan: the coach scores independently, and reads both sides once both submitted. */
@Route("coach/competentiescan/:id([0-9]+)/ronde/:round([0-4])")
@RolesAllowed(Role.Names.COACH)
class CoacheeScanRoundView extends Main implements BeforeEnterObserver, HasDynamicTitle, ScanNavigation.CoacheeRoundRoute {

    private final CoacheeScanService scans;
    private final DateTimeFormats formats;
    private @org.jspecify.annotations.Nullable UserId participant;
    private int round;
    private String name = "";

    CoacheeScanRoundView(CoacheeScanService scans, DateTimeFormats formats) {
        this.scans = scans;
        this.formats = formats;
        addClassNames("page", "scan-round-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = ScanNavigation.participantId(event.getRouteParameters());
        var number = ScanNavigation.roundNumber(event.getRouteParameters());
        if (id.isEmpty() || number.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        participant = id.get();
        round = number.get();
        try {
            show();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        UserId participant = java.util.Objects.requireNonNull(this.participant);
        ScanSheet sheet = scans.sheet(participant, round);
        name = sheet.participantName();
        removeAll();
        add(new Anchor(ScanNavigation.coachee(participant), getTranslation("scan.coachee.backTo", name)),
                new H1(getTranslation("scan.sheet.titleCoachee", name, round)),
                new Paragraph(getTranslation(sheet.round().overdue() ? "scan.sheet.overdue" : "scan.sheet.due",
                        formats.longDate(sheet.round().dueOn()))));
        if (sheet.round().fillable()) {
            add(new Paragraph(getTranslation("scan.sheet.intro.COACH", name)));
        }
        add(new ScanSheetPanel(sheet, formats, GoalsNavigation.coachee(participant), new ScanSheetPanel.Actions() {
            @Override
            public Instant save(ScoreForm form) {
                return scans.saveScore(participant, round, form);
            }

            @Override
            public void submit() {
                scans.submit(participant, round);
            }
        }, this::show));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.sheet.titleCoachee", name, round);
    }
}
