package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.FileReader;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.sessions.SessionForm;
import nl.kopgroep.sessions.SessionId;
import nl.kopgroep.sessions.SessionKind;
import nl.kopgroep.sessions.SessionPlanningService;
import nl.kopgroep.sessions.SessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Bijeenkomsten in a real browser: Bram signs up as a team with Noor for a session with one seat left; he takes it,
 * Noor confirms her invitation and lands on the waiting list. Bram downloads the session's calendar file, which
 * parses back with ical4j with the session's UID.
 */
class SessionsIT extends BrowserTest {

    private static final String BRAM = "bram.hendriks@voorbeeldstad.nl";

    @Autowired SessionPlanningService planning;
    @Autowired SessionService sessions;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private SessionId session;

    @AfterEach
    void removeSession() {
        DemoUsers.signOut();
        if (session != null) {
            jdbc.sql("DELETE FROM planned_session WHERE id = ?").param(session.value()).update();
        }
    }

    @Test
    void aTeamSignUpLandsTheColleagueOnTheWaitingListAndTheCalendarFileParsesBack() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        SessionForm form = SessionForm.of(SessionKind.INTERVISIE, "Intervisie voor twee", start,
                start.plus(Duration.ofHours(2)), 2);
        form.setPlace("Stadskantoor, zaal 1.01");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        session = planning.plan(form);
        DemoUsers.signIn(users, email("Thijs de Boer"));
        sessions.signUp(session);
        DemoUsers.signOut();

        signIn(BRAM, DEMO_PASSWORD);
        open("bijeenkomsten/" + session.value());
        waitForText("Nog 1 van 2 plaatsen vrij");
        var team = waitFor("vaadin-multi-select-combo-box");
        team.locator("input").click();
        team.locator("input").fill("Noor");
        waitFor("vaadin-multi-select-combo-box-item:has-text('Noor Mulder')").click();
        team.locator("input").press("Escape");
        button("Meld ons aan als team").click();
        waitForText("Vol (2 plaatsen), 0 op de wachtlijst");
        assertThat(pageText()).contains("Jouw aanmelding: Aangemeld");
        assertAccessible("bijeenkomsten/:id (signed up as a team)");

        Download download = page.waitForDownload(() -> withText("a", "Zet in mijn agenda (.ics)").click());
        Calendar calendar;
        try (Reader reader = new FileReader(download.path().toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            calendar = new CalendarBuilder().build(reader);
        }
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getProperty(Property.UID).orElseThrow().getValue())
                .startsWith("bijeenkomst-" + session.value() + "@");
        assertThat(events.getFirst().getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Intervisie voor twee");

        context.clearCookies();
        signIn(email("Noor Mulder"), DEMO_PASSWORD);
        open("bijeenkomsten/" + session.value());
        waitForText("Een collega heeft je als team aangemeld");
        button("Ik doe mee").click();
        waitForText("Wachtlijst, plaats 1");
        assertAccessible("bijeenkomsten/:id (on the waiting list)");
    }

    private String email(String name) {
        return jdbc.sql("SELECT email FROM app_user WHERE display_name = ?").param(name).query(String.class).single();
    }
}
