package nl.kopgroep.organisation;

import java.util.List;

/** A participant's own cohort: who coaches me, who else is in it. */
public record MyCohort(CohortSummary cohort, List<Person> myCoaches, List<Person> cohortCoaches,
                       List<Person> fellowParticipants) {
}
