package nl.kopgroep.management;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.goals.WorkGoalProgress;
import org.jspecify.annotations.Nullable;

/**
 * One commitment of the agreement and the WORK goals that contribute to it: their status at the
 * reference date, how far their key results got, and the latest evidence in the period. A commitment
 * without goals is a gap.
 */
public record CommitmentProgress(String code, String title, String ambition, @Nullable String budgetProgramme,
                                 List<WorkGoalProgress> goals, StatusCounts status, @Nullable Double keyResultProgress,
                                 int keyResults, int keyResultsReached, int checkIns, int participants,
                                 @Nullable String latestEvidence, @Nullable Instant latestEvidenceAt,
                                 @Nullable String latestEvidenceGoal) {

    public boolean gap() {
        return goals.isEmpty();
    }

    /** How many goals had which status at the reference date; {@code notUpdated} had no check-in yet. */
    public record StatusCounts(int onTrack, int attention, int offTrack, int notUpdated) {

        static StatusCounts of(List<WorkGoalProgress> goals) {
            return new StatusCounts(count(goals, GoalStatus.ON_TRACK), count(goals, GoalStatus.ATTENTION),
                    count(goals, GoalStatus.OFF_TRACK), (int) goals.stream().filter(g -> g.status() == null).count());
        }

        private static int count(List<WorkGoalProgress> goals, GoalStatus status) {
            return (int) goals.stream().filter(g -> g.status() == status).count();
        }

        public int total() {
            return onTrack + attention + offTrack + notUpdated;
        }
    }
}
