package nl.kopgroep.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.notification.NotificationService;
import nl.kopgroep.notification.NotificationTarget;
import nl.kopgroep.review.ReviewNavigation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A notification stores what it points at, so the bell finds the page even after the page was renamed and moved. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class NotificationLinksTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired JournalService journal;
    @Autowired NotificationService notifications;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void eachKindOfTargetLeadsToItsPage() {
        assertThat(NotificationLinks.location(new NotificationTarget(NotificationTarget.Kind.OWN_ENTRY, 42)))
                .contains("dagboek/42");
        assertThat(NotificationLinks.location(new NotificationTarget(NotificationTarget.Kind.COACHEE_ENTRY, 42)))
                .contains("coach/notitie/42");
        assertThat(NotificationLinks.location(new NotificationTarget(NotificationTarget.Kind.OWN_MAP, 42)))
                .contains("verbindingskaart");
        assertThat(NotificationLinks.location(new NotificationTarget(NotificationTarget.Kind.COACHEE_MAP, 42)))
                .contains("coach/verbindingskaart/42");
        assertThat(NotificationLinks.location(new NotificationTarget(NotificationTarget.Kind.PEER_ASSIST, 42)))
                .as("a peer-assist request: both sides find it under mijn kennisbank").contains("kennisbank/mijn");
        assertThat(NotificationLinks.location(null)).isEmpty();
    }

    @Test
    void aStoredNotificationStillLeadsToItsEntryAfterThePageIsRenamedAndMoved() {
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        ReflectionId shared = journal.save(new EntryForm(null, "Na de raadsvergadering", "Wat me opviel.",
                Visibility.COACH, null, null, null, null, null));
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_COACH);
        NotificationTarget stored = notifications.recent().getFirst().target();
        assertThat(stored).isEqualTo(new NotificationTarget(NotificationTarget.Kind.COACHEE_ENTRY, shared.value()));

        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        RouteData original = routes.getAvailableRoutes().stream()
                .filter(route -> ReviewNavigation.EntryRoute.class.isAssignableFrom(route.getNavigationTarget()))
                .findFirst().orElseThrow();
        routes.update(() -> {
            routes.removeRoute(original.getNavigationTarget());
            routes.setRoute("coach/reflectie/:id([0-9]+)", RenamedCoachEntryPage.class);
        });
        try {
            assertThat(NotificationLinks.location(stored)).contains("coach/reflectie/" + shared.value());
        } finally {
            routes.update(() -> {
                routes.removeRoute(RenamedCoachEntryPage.class);
                routes.setRoute(original.getTemplate(), original.getNavigationTarget(), original.getParentLayouts());
            });
        }
        assertThat(NotificationLinks.location(stored)).contains("coach/notitie/" + shared.value());
    }

    /** The coach's entry page under another class name and path. */
    static class RenamedCoachEntryPage extends Div implements ReviewNavigation.EntryRoute {
    }
}
