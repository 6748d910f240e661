package nl.kopgroep.programme;

import nl.kopgroep.organisation.Person;

/** How far a coachee is: lessons done, of those open so far, and modules overdue. */
public record CoacheeProgress(Person person, String cohortName, int lessonsDone, int lessonCount, int overdueModules,
                              int openModules) {
}
