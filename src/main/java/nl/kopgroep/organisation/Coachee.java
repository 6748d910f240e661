package nl.kopgroep.organisation;

/** A participant a coach is assigned to, with the cohort in which that holds. */
public record Coachee(Person person, CohortSummary cohort) {
}
