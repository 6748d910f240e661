package nl.kopgroep.goals;

import java.time.Instant;

/** A comment under a goal, by the participant or one of their coaches; an empty name: an erased account. */
public record GoalComment(String writerName, String body, Instant createdAt) {
}
