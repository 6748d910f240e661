package nl.kopgroep.management;

import java.util.List;
import nl.kopgroep.goals.CheckInRecord;
import nl.kopgroep.goals.GoalView;

/** Management's drill-down: one WORK goal with its check-ins (never a journal or a learning goal). */
public record GoalDetail(GoalView goal, List<CheckInRecord> checkIns) {
}
