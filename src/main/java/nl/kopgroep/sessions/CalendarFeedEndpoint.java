package nl.kopgroep.sessions;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.security.RequestThrottle;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /kalender/<token>.ics}: a person's sessions for a calendar program, which cannot sign in — the secret
 * token in the path is the authority (open to anyone in {@code SecurityConfiguration}). Throttled per client and per
 * token like the other anonymous endpoints; an unknown or revoked token is 404.
 */
@RestController
class CalendarFeedEndpoint {

    static final int PER_CLIENT_PER_HOUR = 240;
    static final int PER_TOKEN_PER_HOUR = 60;
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final RequestThrottle throttle;

    CalendarFeedEndpoint(CalendarFeedService feeds, RequestThrottle throttle) {
        this.feeds = feeds;
        this.throttle = throttle;
    }

    @GetMapping(SessionsNavigation.FEED_PATH + "{file:.+}")
    ResponseEntity<String> feed(@PathVariable String file, HttpServletRequest request) {
        if (!file.endsWith(".ics")) {
            return notFound();
        }
        String token = file.substring(0, file.length() - ".ics".length());
        if (!throttle.allow(List.of(new RequestThrottle.Limit("calendar-feed-client", request.getRemoteAddr(), PER_CLIENT_PER_HOUR),
                new RequestThrottle.Limit("calendar-feed-token", token, PER_TOKEN_PER_HOUR)), Duration.ofHours(1))) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.TEXT_PLAIN)
                    .header("Retry-After", "3600").body("Too many requests\n");
        }
        Optional<String> calendar = feeds.feed(token);
        return calendar.map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore()).body(body))
                .orElseGet(CalendarFeedEndpoint::notFound);
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Unknown calendar\n");
    }
}
