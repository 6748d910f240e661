package nl.kopgroep.home.ui;

import nl.kopgroep.goals.GoalsNavigation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.kopgroep.goals.DueCheckIn;

/** The in-app reminder: goals whose monthly check-in is due. Shown only when there are any. */
class GoalReminder extends Composite<Section> {

    GoalReminder(List<DueCheckIn> due) {
        Section section = getContent();
        section.addClassNames("home-section", "goal-reminder");
        section.setVisible(!due.isEmpty());
        section.add(new H2(getTranslation("home.goals.dueTitle")),
                new Paragraph(getTranslation("home.goals.due", due.size())));
        UnorderedList list = new UnorderedList();
        due.forEach(goal -> list.add(new ListItem(goal.title())));
        section.add(list, new Anchor(GoalsNavigation.goals(), getTranslation("home.goals.toGoals")));
    }
}
