package nl.kopgroep.sessions;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sessions as iCalendar (RFC 5545) with ical4j: one VEVENT per session with a UID that never changes
 * ({@code bijeenkomst-<id>@<host of kopgroep.base-url>}), a SEQUENCE that goes up with every change, STATUS
 * CONFIRMED or CANCELLED, times in Europe/Amsterdam (the configured zone) with its VTIMEZONE, so a calendar that
 * imported the file earlier updates the event instead of adding a second one.
 */
@Component
class SessionCalendar {

    private final String baseUrl;
    private final String uidHost;
    private final ZoneId zone;
    private final TimeZone timeZone;

    SessionCalendar(@Value("${kopgroep.base-url}") String baseUrl, @Value("${kopgroep.time-zone:Europe/Amsterdam}") String zone) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String host = URI.create(this.baseUrl).getHost();
        this.uidHost = host == null ? "kopgroep" : host;
        this.zone = ZoneId.of(zone);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.timeZone = registry.getTimeZone(zone);
    }

    String uid(SessionId session) {
        return "bijeenkomst-" + session.value() + "@" + uidHost;
    }

    /** The calendar file of these sessions (one or a person's feed). */
    String write(List<SessionRow> sessions, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kopgroep//Bijeenkomsten//NL"));
        calendar.add(new Version(Version.VALUE_2_0, Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(timeZone.getVTimeZone());
        for (SessionRow session : sessions) {
            calendar.add(event(session, now));
        }
        return calendar.toString();
    }

    private VEvent event(SessionRow session, Instant now) {
        ZonedDateTime start = session.startsAt().atZone(zone);
        ZonedDateTime end = session.endsAt().atZone(zone);
        VEvent event = new VEvent(start, end, session.title());
        event.add(new Uid(uid(session.id())));
        event.add(new DtStamp(now));
        event.add(new Sequence(session.sequence()));
        event.add(session.cancelled() ? new Status(ImmutableStatus.VEVENT_CANCELLED.getValue())
                : new Status(ImmutableStatus.VEVENT_CONFIRMED.getValue()));
        String where = session.place() != null && !session.place().isBlank() ? session.place() : session.onlineLink();
        if (where != null && !where.isBlank()) {
            event.add(new Location(where));
        }
        StringBuilder description = new StringBuilder();
        if (session.description() != null) {
            description.append(session.description());
        }
        if (session.onlineLink() != null && !session.onlineLink().isBlank()) {
            description.append(description.isEmpty() ? "" : "\n\n").append("Online: ").append(session.onlineLink());
        }
        if (!description.isEmpty()) {
            event.add(new Description(description.toString()));
        }
        event.add(new Url(URI.create(baseUrl + "/" + SessionsNavigation.PATH + "/" + session.id().value())));
        return event;
    }
}
