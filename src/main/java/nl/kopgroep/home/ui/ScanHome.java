package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.scan.CoacheeScan;
import nl.kopgroep.scan.ScanNavigation;
import nl.kopgroep.scan.ScanRound;

/** The competency scan on the home: the participant's open round with its due date; the coach's coachees. */
final class ScanHome {

    private ScanHome() {
    }

    /** "Competentiescan ronde N: vóór <datum>", only while a round is open and not submitted. */
    static Paragraph due(Optional<ScanRound> due, DateTimeFormats formats) {
        Paragraph line = new Paragraph();
        line.addClassName("scan-due");
        line.setVisible(due.isPresent());
        due.ifPresent(round -> line.add(new Anchor(ScanNavigation.round(round.round()), line.getTranslation(
                round.overdue() ? "home.scan.overdue" : "home.scan.due", round.round(), formats.longDate(round.dueOn())))));
        return line;
    }

    /** Each coachee with a link to their scan; those waiting for the coach's score say so, with the due date. */
    static class Coachees extends Composite<Section> {

        Coachees(List<CoacheeScan> coachees, DateTimeFormats formats) {
            Section section = getContent();
            section.addClassNames("home-section", "coachee-scans");
            section.setVisible(!coachees.isEmpty());
            long awaiting = coachees.stream().filter(CoacheeScan::awaitingMe).count();
            section.add(new H2(getTranslation("home.scan.coachTitle")),
                    new Paragraph(getTranslation("home.scan.awaitingCount", awaiting)));
            UnorderedList list = new UnorderedList();
            for (CoacheeScan coachee : coachees) {
                ListItem item = new ListItem(new Anchor(ScanNavigation.coachee(coachee.participant()),
                        getTranslation("home.scan.link", coachee.name())));
                if (coachee.awaitingMe() && coachee.current() != null) {
                    Anchor round = new Anchor(ScanNavigation.coacheeRound(coachee.participant(), coachee.current().round()),
                            getTranslation("home.scan.awaiting", coachee.current().round(),
                                    formats.longDate(coachee.current().dueOn())));
                    round.addClassName("scan-awaiting");
                    item.add(new Span(" – "), round);
                }
                list.add(item);
            }
            section.add(list);
        }
    }
}
