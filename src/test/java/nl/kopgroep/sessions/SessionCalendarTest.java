package nl.kopgroep.sessions;

import static nl.kopgroep.sessions.SessionFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar files parse back with ical4j; an update keeps the UID and raises SEQUENCE, a cancellation says
 * STATUS:CANCELLED; times are in Europe/Amsterdam with its VTIMEZONE; a feed's token works until it is revoked.
 */
@KopgroepTest
@Transactional
class SessionCalendarTest {

    @Autowired SessionService sessions;
    @Autowired SessionPlanningService planning;
    @Autowired CalendarFeedService feeds;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void anUpdateKeepsTheUidWithAHigherSequenceAndACancellationIsCancelled() throws Exception {
        as(users, DemoUsers.ADMIN);
        SessionForm form = SessionFixture.workshop("Kalenderworkshop", 10);
        form.setDescription("Over regie; met een komma, en een puntkomma;");
        SessionId session = planning.plan(form);

        as(users, DemoUsers.PARTICIPANT);
        VEvent first = onlyEvent(parse(sessions.calendarFile(session)));
        String uid = value(first, Property.UID);
        assertThat(uid).startsWith("bijeenkomst-" + session.value() + "@");
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Kalenderworkshop");
        assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        assertThat(value(first, Property.DESCRIPTION)).isEqualTo("Over regie; met een komma, en een puntkomma;");

        as(users, DemoUsers.ADMIN);
        SessionForm later = planning.form(session);
        later.setStartsAt(later.getStartsAt().plusSeconds(3600));
        later.setEndsAt(later.getEndsAt().plusSeconds(3600));
        planning.update(session, later);

        as(users, DemoUsers.PARTICIPANT);
        Calendar updated = parse(sessions.calendarFile(session));
        assertThat(updated.getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
        VEvent second = onlyEvent(updated);
        assertThat(value(second, Property.UID)).isEqualTo(uid);
        assertThat(Integer.parseInt(value(second, Property.SEQUENCE))).isGreaterThan(0);
        assertThat(value(second, Property.DTSTART)).isNotEqualTo(value(first, Property.DTSTART));

        as(users, DemoUsers.ADMIN);
        planning.cancel(session);
        as(users, DemoUsers.PARTICIPANT);
        VEvent cancelled = onlyEvent(parse(sessions.calendarFile(session)));
        assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isEqualTo(2);
    }

    @Test
    void aFeedListsMySessionsUntilItIsRevoked() throws Exception {
        as(users, DemoUsers.ADMIN);
        SessionId session = planning.plan(SessionFixture.workshop("In mijn feed", 10));
        as(users, DemoUsers.PARTICIPANT);
        sessions.signUp(session);
        String path = feeds.newFeed();
        assertThat(path).startsWith("/kalender/").endsWith(".ics");
        String token = path.substring("/kalender/".length(), path.length() - 4);
        assertThat(feeds.myFeedSince()).isPresent();

        DemoUsers.signInAnonymously();
        Calendar feed = parse(feeds.feed(token).orElseThrow());
        List<String> titles = feed.<VEvent>getComponents(VEvent.VEVENT).stream().map(e -> value(e, Property.SUMMARY)).toList();
        assertThat(titles).contains("In mijn feed");
        assertThat(feeds.feed(token + "x")).isEmpty();

        as(users, DemoUsers.PARTICIPANT);
        String second = feeds.newFeed();
        DemoUsers.signInAnonymously();
        assertThat(feeds.feed(token)).as("a new feed revokes the old").isEmpty();
        assertThat(feeds.feed(second.substring("/kalender/".length(), second.length() - 4))).isPresent();
        as(users, DemoUsers.PARTICIPANT);
        feeds.revoke();
        assertThat(feeds.myFeedSince()).isEmpty();
    }

    private static Calendar parse(String ics) throws Exception {
        assertThat(ics).contains("\r\n");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
