package nl.kopgroep.balance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.kopgroep.balance.BalanceNavigation;
import nl.kopgroep.programme.ProgrammeNavigation;

/** How to read a balance, after lesson vier-rollen/03 (the casusworkshop), with a link to the lesson. */
class ReadingGuide extends Section {

    /** {@code keys}: the lines of the guide, in order (a participant's and management's differ a little). */
    ReadingGuide(String... keys) {
        addClassNames("home-section", "balance-guide");
        UnorderedList lines = new UnorderedList();
        for (String key : keys) {
            lines.add(new ListItem(getTranslation(key)));
        }
        add(new H2(getTranslation("balance.guideTitle")), lines, new Paragraph(
                new Anchor(ProgrammeNavigation.lesson(BalanceNavigation.LESSON), getTranslation("balance.guideLesson"))));
    }

    static ReadingGuide forPerson() {
        return new ReadingGuide("balance.guide.noBest", "balance.guide.dominant", "balance.guide.missing",
                "balance.guide.change", "balance.guide.noRole");
    }

    static ReadingGuide forManagement() {
        return new ReadingGuide("balance.guide.noBest", "balance.guide.cohortDominant", "balance.guide.missing",
                "balance.guide.noRole");
    }
}
