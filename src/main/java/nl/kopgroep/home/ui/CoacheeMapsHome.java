package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.kopgroep.connections.ConnectionsNavigation;
import nl.kopgroep.connections.SharedMap;

/** For the coach: the coachees who share their verbindingskaart, each a link to it. */
class CoacheeMapsHome extends Composite<Section> {

    CoacheeMapsHome(List<SharedMap> maps) {
        Section section = getContent();
        section.addClassNames("home-section", "coachee-maps");
        section.setVisible(!maps.isEmpty());
        UnorderedList list = new UnorderedList();
        maps.forEach(m -> list.add(new ListItem(new Anchor(ConnectionsNavigation.coachee(m.participant()),
                getTranslation("home.coach.viewMap", m.name())))));
        section.add(new H2(getTranslation("home.coach.mapsTitle")), list);
    }
}
