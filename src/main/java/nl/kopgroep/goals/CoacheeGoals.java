package nl.kopgroep.goals;

import nl.kopgroep.base.UserId;

/** A coachee's goals at a glance, for the coach: how many, how many check-ins overdue, how many not on track. */
public record CoacheeGoals(UserId participant, String name, int goals, int checkInsOverdue, int notOnTrack) {
}
