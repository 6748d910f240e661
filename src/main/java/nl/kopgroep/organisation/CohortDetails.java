package nl.kopgroep.organisation;

import java.util.List;
import nl.kopgroep.base.UserId;

/** A cohort with its members and who coaches whom, for administration. */
public record CohortDetails(CohortSummary cohort, List<Person> participants, List<Person> coaches,
                            List<Assignment> assignments) {

    public record Assignment(Person coach, Person participant) {
    }

    public List<Person> coachesOf(UserId participant) {
        return assignments.stream().filter(a -> a.participant().id().equals(participant)).map(Assignment::coach).toList();
    }
}
