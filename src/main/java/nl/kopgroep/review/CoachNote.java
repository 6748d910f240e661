package nl.kopgroep.review;

import java.time.Instant;

/** A coach's private note about a coachee. */
public record CoachNote(long id, String body, Instant createdAt) {
}
