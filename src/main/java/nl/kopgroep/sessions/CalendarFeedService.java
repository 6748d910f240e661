package nl.kopgroep.sessions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import nl.kopgroep.base.Hashes;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's "my sessions" calendar feed at {@code /kalender/<token>.ics}: the token is a secret of 32 random bytes,
 * shown once when made; only its SHA-256 is stored. Making a new one revokes the old; revoking ends it. The feed lists
 * the sessions the person has a seat or a waiting-list place for, and those they facilitate.
 */
@Service
@PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
@Transactional
public class CalendarFeedService {

    /** How far back the feed reaches. */
    static final Duration FEED_PAST = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStore store;
    private final SessionCalendar calendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeedService(SessionStore store, SessionCalendar calendar, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Since when my current feed exists, if I have one. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional(readOnly = true)
    public Optional<Instant> myFeedSince() {
        return store.activeFeedSince(currentUser.id());
    }

    /** Makes a new feed (revoking an earlier one) and returns its path, e.g. {@code /kalender/abc….ics}: shown once. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public String newFeed() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.revokeFeeds(currentUser.id(), now);
        store.insertFeed(currentUser.id(), Hashes.sha256Hex(token), now);
        return SessionsNavigation.FEED_PATH + token + ".ics";
    }

    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public void revoke() {
        store.revokeFeeds(currentUser.id(), clock.instant());
    }

    /**
     * The feed for a token, without a signed-in person: the token is the authority. Empty for an unknown or revoked
     * token (the endpoint answers 404).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.feedOwner(Hashes.sha256Hex(token))
                .map(owner -> calendar.write(store.calendarOf(owner, now.minus(FEED_PAST)), now));
    }
}
