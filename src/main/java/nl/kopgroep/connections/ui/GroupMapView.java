package nl.kopgroep.connections.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.connections.ConnectionsNavigation;
import nl.kopgroep.connections.GroupMapService;
import nl.kopgroep.connections.MapPage;
import nl.kopgroep.security.Role;

/** A fellow member's map shared with the cohort: read only, without goals and commitments. */
@Route("verbindingskaart/kopgroep/:id([0-9]+)")
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.COACH})
class GroupMapView extends Main implements BeforeEnterObserver, HasDynamicTitle, ConnectionsNavigation.GroupMapRoute {

    private final GroupMapService maps;
    private final DateTimeFormats formats;
    private String name = "";

    GroupMapView(GroupMapService maps, DateTimeFormats formats) {
        this.maps = maps;
        this.formats = formats;
        addClassNames("page", "map-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MapPage page = MapPanel.mapOfAddressed(event, maps::mapOf).orElse(null);
        if (page == null) {
            return;
        }
        name = page.ownerName();
        removeAll();
        add(new Anchor("", getTranslation("connections.backHome")), new H1(getTranslation("connections.of", name)),
                new Paragraph(getTranslation("connections.groupIntro")), new MapPanel(page, Map.of(), formats, null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connections.of", name);
    }
}
