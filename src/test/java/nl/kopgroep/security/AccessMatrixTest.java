package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may open which route: every route of the application against anonymous and each role,
 * by real navigation through Vaadin's access control. A new route fails
 * {@link #matrixCoversEveryRoute()} until it is added here — each later feature extends this table.
 */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class AccessMatrixTest extends SpringBrowserlessTest {

    enum Who {
        ANONYMOUS(null), PARTICIPANT(DemoUsers.PARTICIPANT), COACH(DemoUsers.COACH), MANAGER(DemoUsers.MANAGER),
        ADMIN(DemoUsers.ADMIN);

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

    /** Route template → who may open it. Everyone else must be turned away. */
    static final Map<String, Set<Who>> MATRIX = new TreeMap<>(Map.ofEntries(
            // A signed-in person who opens the login page is sent to their home instead.
            Map.entry("login", EnumSet.of(Who.ANONYMOUS)),
            Map.entry("uitnodiging/:token", EVERYONE),
            Map.entry("inrichten/:token", EVERYONE),
            Map.entry("wachtwoord-herstellen/:token", EVERYONE),
            // "Wachtwoord vergeten?": the same form for anyone (issue 12).
            Map.entry("wachtwoord-vergeten", EVERYONE),
            // Everyone changes their own password; nobody else's.
            Map.entry("wachtwoord-wijzigen", SIGNED_IN),
            // The second step of signing in opens only while a sign-in waits for its code (right password, no
            // session yet): nobody here has one, so all are sent on (SecondFactorSignInTest, MfaIT open them).
            Map.entry("inloggen/code", EnumSet.noneOf(Who.class)),
            Map.entry("inloggen/tweestapsverificatie", EnumSet.noneOf(Who.class)),
            Map.entry("beveiliging", SIGNED_IN),
            Map.entry("", SIGNED_IN),
            Map.entry("programma", SIGNED_IN),
            Map.entry("programma/module/:moduleKey", SIGNED_IN),
            Map.entry("programma/les/:lessonKey", SIGNED_IN),
            Map.entry("programma/competenties", SIGNED_IN),
            Map.entry("dagboek", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("dagboek/schrijven/:id?([0-9]+)", EnumSet.of(Who.PARTICIPANT)),
            // The route opens for participants and coaches; the entry itself only for those the rules allow.
            Map.entry("dagboek/:id([0-9]+)", EnumSet.of(Who.PARTICIPANT, Who.COACH)),
            Map.entry("akkoord", SIGNED_IN),
            Map.entry("doelen", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("doelen/per-afspraak", EnumSet.of(Who.MANAGER, Who.ADMIN)),
            // Opens for coaches; the goals themselves only for the coachee's own coaches.
            Map.entry("doelen/coachee/:id([0-9]+)", EnumSet.of(Who.COACH)),
            Map.entry("management", EnumSet.of(Who.MANAGER, Who.ADMIN)),
            // Opens for managers and admins of the goal's own municipality, for a WORK goal only.
            Map.entry("management/doel/:id([0-9]+)", EnumSet.of(Who.MANAGER, Who.ADMIN)),
            Map.entry("coach", EnumSet.of(Who.COACH)),
            // Issue 14, four-roles balance: my own; a coachee's (opens for coaches, the balance only for the coachee's
            // own coaches); per cohort for management.
            Map.entry("rollenbalans", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("coach/rollenbalans/:participantId([0-9]+)", EnumSet.of(Who.COACH)),
            Map.entry("management/rollenbalans", EnumSet.of(Who.MANAGER, Who.ADMIN)),
            Map.entry("coach/notitie/:id([0-9]+)", EnumSet.of(Who.COACH)),
            Map.entry("competentiescan", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("competentiescan/ronde/:round([0-4])", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("coach/competentiescan/:id([0-9]+)", EnumSet.of(Who.COACH)),
            Map.entry("coach/competentiescan/:id([0-9]+)/ronde/:round([0-4])", EnumSet.of(Who.COACH)),
            Map.entry("management/competenties", EnumSet.of(Who.MANAGER, Who.ADMIN)),
            Map.entry("beheer", EnumSet.of(Who.ADMIN)),
            Map.entry("beheer/kopgroepen", EnumSet.of(Who.ADMIN)),
            Map.entry("beheer/gemeente", EnumSet.of(Who.ADMIN)),
            Map.entry("beheer/logboek", EnumSet.of(Who.ADMIN)),
            Map.entry("beheer/programma", EnumSet.of(Who.ADMIN)),
            Map.entry("mijn-gegevens", SIGNED_IN),
            // Issue 12: own mail settings; the unsubscribe page (the token is the authority, asks before it changes);
            // the development mailbox, registered only when the embedded SMTP server runs (as in the tests).
            Map.entry("meldingen", SIGNED_IN),
            Map.entry("afmelden/:token", EVERYONE),
            Map.entry("dev/mail", EVERYONE),
            Map.entry("beheer/e-mail", EnumSet.of(Who.ADMIN)),
            // Issue 13: the municipality's own OpenID Connect provider.
            Map.entry("beheer/inloggen", EnumSet.of(Who.ADMIN)),
            // Issue 14: the verbindingskaart. Sanne's demo map is shared with her coach; Daan's with the cohort.
            Map.entry("verbindingskaart", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("coach/verbindingskaart/:id([0-9]+)", EnumSet.of(Who.COACH)),
            Map.entry("verbindingskaart/kopgroep/:id([0-9]+)", EnumSet.of(Who.PARTICIPANT, Who.COACH)),
            // Issue 15: bijeenkomsten. The demo workshop of Voorbeeldstad, facilitated by the demo coach.
            Map.entry("bijeenkomsten", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("bijeenkomsten/:id([0-9]+)", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("beheer/bijeenkomsten", EnumSet.of(Who.ADMIN)),
            Map.entry("beheer/bijeenkomsten/:id([0-9]+)", EnumSet.of(Who.ADMIN, Who.COACH)),
            Map.entry("management/bijeenkomsten", EnumSet.of(Who.MANAGER, Who.ADMIN)),
            // Issue 15: the kennisbank. Participants and coaches read; participants write and ask for a peer assist.
            // The practice is Sanne's demo practice shared with all municipalities.
            Map.entry("kennisbank", EnumSet.of(Who.PARTICIPANT, Who.COACH)),
            Map.entry("kennisbank/praktijk/:id([0-9]+)", EnumSet.of(Who.PARTICIPANT, Who.COACH)),
            Map.entry("kennisbank/schrijven/:id?([0-9]+)", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("kennisbank/mijn", EnumSet.of(Who.PARTICIPANT)),
            // Issue 15, joint programme: the participant's part, the joint dashboard (managers of members and the
            // regie's admins; others see an empty list), the members' administration.
            Map.entry("samenwerking", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("management/samenwerking", EnumSet.of(Who.MANAGER, Who.ADMIN)),
            Map.entry("beheer/samenwerking", EnumSet.of(Who.ADMIN)),
            // Issue 15, role models: the directory for participants; the requests page opens for everyone signed in
            // and lists only the requests they handle (as administrator or as role model); the administrators' list.
            Map.entry("rolmodellen", EnumSet.of(Who.PARTICIPANT)),
            Map.entry("rolmodellen/verzoeken", SIGNED_IN),
            Map.entry("beheer/rolmodellen", EnumSet.of(Who.ADMIN))));

    /** An entry of the demo participant shared with her coach, so both may open it. */
    private static String sharedEntry = "";

    /** A concrete location for each template. */
    private static final Map<String, String> LOCATIONS = Map.of(
            "uitnodiging/:token", "uitnodiging/onbekend-token",
            "dagboek/schrijven/:id?([0-9]+)", "dagboek/schrijven",
            "inrichten/:token", "inrichten/onbekend-token",
            "wachtwoord-herstellen/:token", "wachtwoord-herstellen/onbekend-token",
            "afmelden/:token", "afmelden/onbekend-token",
            "programma/module/:moduleKey", "programma/module/start",
            "programma/les/:lessonKey", "programma/les/start-waarom-kopgroep",
            "kennisbank/schrijven/:id?([0-9]+)", "kennisbank/schrijven");

    @Autowired
    UserDetailsService users;

    @Autowired
    JournalService journal;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void sharedEntryExists() {
        if (sharedEntry.isEmpty()) {
            DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
            sharedEntry = "dagboek/" + journal.save(new EntryForm(null, "Voor de toegangstabel", "Gedeeld met mijn coach.",
                    Visibility.COACH, null, null, null, null));
            DemoUsers.signOut();
        }
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void matrixCoversEveryRoute() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toSet());
        assertThat(MATRIX.keySet()).as("every route needs a row in the access matrix").isEqualTo(routes);
    }

    static Stream<Arguments> cells() {
        return MATRIX.keySet().stream().flatMap(route -> EVERYONE.stream().map(who -> Arguments.of(route, who)));
    }

    @ParameterizedTest(name = "{1} on /{0}")
    @MethodSource("cells")
    void onlyTheRightPeopleOpenTheRoute(String route, Who who) {
        if (who == Who.ANONYMOUS) {
            DemoUsers.signInAnonymously();
        } else {
            DemoUsers.signIn(users, who.email);
        }
        Class<?> target = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getTemplate().equals(route)).map(RouteData::getNavigationTarget).findFirst().orElseThrow();

        String location = switch (route) {
            case "dagboek/:id([0-9]+)" -> sharedEntry;
            case "coach/notitie/:id([0-9]+)" -> sharedEntry.replace("dagboek/", "coach/notitie/");
            case "doelen/coachee/:id([0-9]+)" -> "doelen/coachee/" + jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                    .param(DemoUsers.PARTICIPANT).query(Long.class).single();
            case "coach/rollenbalans/:participantId([0-9]+)" -> "coach/rollenbalans/" + jdbc.sql(
                    "SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single();
            case "management/doel/:id([0-9]+)" -> "management/doel/" + jdbc.sql("SELECT MIN(g.id) FROM goal g "
                    + "JOIN organisation o ON o.id = g.organisation_id WHERE o.code = 'voorbeeldstad' AND g.kind = 'WORK'")
                    .query(Long.class).single();
            case "competentiescan/ronde/:round([0-4])" -> "competentiescan/ronde/1";
            case "coach/competentiescan/:id([0-9]+)" -> "coach/competentiescan/" + jdbc.sql(
                    "SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single();
            case "coach/competentiescan/:id([0-9]+)/ronde/:round([0-4])" -> "coach/competentiescan/" + jdbc.sql(
                    "SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single()
                    + "/ronde/1";
            case "coach/verbindingskaart/:id([0-9]+)" -> "coach/verbindingskaart/" + jdbc.sql(
                    "SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single();
            case "verbindingskaart/kopgroep/:id([0-9]+)" -> "verbindingskaart/kopgroep/" + jdbc.sql(
                    "SELECT id FROM app_user WHERE email = ?").param("daan.jansen@voorbeeldstad.nl").query(Long.class).single();
            case "bijeenkomsten/:id([0-9]+)" -> "bijeenkomsten/" + demoWorkshop();
            case "beheer/bijeenkomsten/:id([0-9]+)" -> "beheer/bijeenkomsten/" + demoWorkshop();
            case "kennisbank/praktijk/:id([0-9]+)" -> "kennisbank/praktijk/" + jdbc.sql(
                    "SELECT id FROM practice WHERE title = ?").param("Bewonersavond Oostpoort: eerst luisteren, dan tekenen")
                    .query(Long.class).single();
            default -> LOCATIONS.getOrDefault(route, route);
        };
        UI.getCurrent().navigate(location);

        boolean opened = target.isInstance(getCurrentView());
        assertThat(opened).as("%s opening /%s (ended on %s)", who, route, getCurrentView().getClass().getSimpleName())
                .isEqualTo(MATRIX.get(route).contains(who));
    }

    private long demoWorkshop() {
        return jdbc.sql("SELECT id FROM planned_session WHERE title = 'Regie voeren op de wijkaanpak'").query(Long.class)
                .single();
    }

    @Test
    void aSessionOfAnotherMunicipalityIsTheNotFoundPage() {
        long lindendal = jdbc.sql("SELECT id FROM planned_session WHERE title = 'Werken in het netwerk van Lindendal'")
                .query(Long.class).single();
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        UI.getCurrent().navigate("bijeenkomsten/" + lindendal);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        UI.getCurrent().navigate("beheer/bijeenkomsten/" + lindendal);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void deniedVisitorsSeeTheLoginOrTheNotFoundPage() {
        DemoUsers.signInAnonymously();
        UI.getCurrent().navigate("beheer");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        UI.getCurrent().navigate("beheer");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }
}
