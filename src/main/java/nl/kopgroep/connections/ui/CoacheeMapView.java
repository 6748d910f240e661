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
import nl.kopgroep.agreement.AgreementDocument;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FeedbackThread;
import nl.kopgroep.connections.CoacheeMapService;
import nl.kopgroep.connections.ConnectionsNavigation;
import nl.kopgroep.connections.MapPage;
import nl.kopgroep.security.Role;

/** A coach reads a coachee's shared map with its analysis, and comments on it. */
@Route("coach/verbindingskaart/:id([0-9]+)")
@RolesAllowed(Role.Names.COACH)
class CoacheeMapView extends Main implements BeforeEnterObserver, HasDynamicTitle, ConnectionsNavigation.CoacheeMapRoute {

    private final CoacheeMapService maps;
    private final AgreementService agreements;
    private final DateTimeFormats formats;
    private String name = "";

    CoacheeMapView(CoacheeMapService maps, AgreementService agreements, DateTimeFormats formats) {
        this.maps = maps;
        this.agreements = agreements;
        this.formats = formats;
        addClassNames("page", "map-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MapPage page = MapPanel.mapOfAddressed(event, maps::mapOf).orElse(null);
        if (page == null) {
            return;
        }
        UserId participant = page.owner();
        name = page.ownerName();
        Map<String, String> commitments = agreements.current().map(AgreementDocument::commitmentTitles).orElse(Map.of());
        removeAll();
        add(new Anchor("", getTranslation("connections.backHome")), new H1(getTranslation("connections.of", name)),
                new Paragraph(getTranslation("connections.coachIntro", getTranslation(page.visibility().labelKey()),
                        page.updatedAt() == null ? "–" : formats.date(page.updatedAt()))),
                new MapPanel(page, commitments, formats, null),
                new SnapshotSection(maps.snapshots(participant), id -> maps.compare(participant, id), formats),
                new FeedbackThread(FeedbackThread.Conversation.of(
                        () -> maps.comments(participant).stream()
                                .map(c -> new FeedbackThread.Message(c.writerName(), c.at(), c.body())).toList(),
                        text -> maps.addComment(participant, text)), formats, "connections.comment.label",
                        "connections.comment.send"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connections.of", name);
    }
}
